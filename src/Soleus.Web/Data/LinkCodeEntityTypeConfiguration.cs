using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class LinkCodeEntityTypeConfiguration : IEntityTypeConfiguration<LinkCode>
{
    public void Configure(EntityTypeBuilder<LinkCode> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasIndex(c => c.ClinicianId);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.ClinicianId).OnDelete(DeleteBehavior.Cascade);
    }
}
