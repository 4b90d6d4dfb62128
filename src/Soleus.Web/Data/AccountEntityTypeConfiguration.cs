using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class AccountEntityTypeConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.TimeZone).HasMaxLength(Account.TimeZoneLength);
        builder.HasIndex(a => a.Email).IsUnique();
    }
}
