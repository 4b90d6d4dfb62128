using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class StoredClearanceEntityTypeConfiguration : IEntityTypeConfiguration<StoredClearance>
{
    public void Configure(EntityTypeBuilder<StoredClearance> builder)
    {
        builder.ToTable("Clearances");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.AccountId, c.RecordedAt });
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
