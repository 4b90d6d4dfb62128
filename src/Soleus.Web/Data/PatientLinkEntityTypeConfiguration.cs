using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class PatientLinkEntityTypeConfiguration : IEntityTypeConfiguration<PatientLink>
{
    public void Configure(EntityTypeBuilder<PatientLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => l.PersonId);
        builder.HasIndex(l => l.ClinicianId);
        builder.HasOne<Account>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(l => l.ClinicianId).OnDelete(DeleteBehavior.Cascade);
    }
}
