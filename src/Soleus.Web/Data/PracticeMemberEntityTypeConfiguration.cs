using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class PracticeMemberEntityTypeConfiguration : IEntityTypeConfiguration<PracticeMember>
{
    public void Configure(EntityTypeBuilder<PracticeMember> builder)
    {
        builder.HasKey(m => m.AccountId);
        builder.HasIndex(m => m.PracticeId);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(PracticeMember.RoleLength);
        builder.HasOne<Account>().WithOne().HasForeignKey<PracticeMember>(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Practice>().WithMany().HasForeignKey(m => m.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
