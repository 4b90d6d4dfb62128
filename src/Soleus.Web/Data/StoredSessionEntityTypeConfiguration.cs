using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class StoredSessionEntityTypeConfiguration : IEntityTypeConfiguration<StoredSession>
{
    public void Configure(EntityTypeBuilder<StoredSession> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.ComplexProperty(s => s.Left);
        builder.ComplexProperty(s => s.Right);
        builder.HasIndex(s => new { s.AccountId, s.ClientId }).IsUnique();
        builder.HasIndex(s => new { s.AccountId, s.StartedAt });
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
