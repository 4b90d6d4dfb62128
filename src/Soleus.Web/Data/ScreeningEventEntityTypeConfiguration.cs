using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class ScreeningEventEntityTypeConfiguration : IEntityTypeConfiguration<ScreeningEvent>
{
    public void Configure(EntityTypeBuilder<ScreeningEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.AccountId, e.At });
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
