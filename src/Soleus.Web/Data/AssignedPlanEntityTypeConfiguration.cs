using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class AssignedPlanEntityTypeConfiguration : IEntityTypeConfiguration<AssignedPlan>
{
    public void Configure(EntityTypeBuilder<AssignedPlan> builder)
    {
        builder.HasKey(p => p.PersonId);
        builder.HasIndex(p => p.ClinicianId);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.ClinicianId).OnDelete(DeleteBehavior.Cascade);
    }
}
