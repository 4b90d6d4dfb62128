using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class PasswordAttemptsEntityTypeConfiguration : IEntityTypeConfiguration<PasswordAttempts>
{
    public void Configure(EntityTypeBuilder<PasswordAttempts> builder)
    {
        builder.ToTable("PasswordAttempts");
        builder.HasKey(a => new { a.EmailHash, a.Source });
        builder.Property(a => a.EmailHash).HasMaxLength(64);
        builder.Property(a => a.Source).HasMaxLength(64);
    }
}
