using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class PracticeInviteEntityTypeConfiguration : IEntityTypeConfiguration<PracticeInvite>
{
    public void Configure(EntityTypeBuilder<PracticeInvite> builder)
    {
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.HasIndex(i => i.PracticeId);
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(PracticeMember.RoleLength);
        builder.HasOne<Practice>().WithMany().HasForeignKey(i => i.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
