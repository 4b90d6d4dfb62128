using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class StoredProfileEntityTypeConfiguration : IEntityTypeConfiguration<StoredProfile>
{
    public void Configure(EntityTypeBuilder<StoredProfile> builder)
    {
        builder.ToTable("Profiles");
        builder.HasKey(p => p.AccountId);
        builder.HasOne<Account>().WithOne().HasForeignKey<StoredProfile>(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
