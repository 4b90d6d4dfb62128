using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class AuditEventEntityTypeConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(200);
        builder.Property(e => e.RemoteAddress).HasMaxLength(45);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.AccountId);
    }
}
