using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

/// <summary>
/// The Data Protection key ring, kept by ASP.NET Core's EF Core key store in the table the app always had: the store
/// writes both columns of every key, so they stay required, and each key's friendly name stays unique.
/// </summary>
internal sealed class DataProtectionKeyEntityTypeConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).IsRequired();
        builder.Property(k => k.Xml).IsRequired();
        builder.HasIndex(k => k.FriendlyName).IsUnique();
    }
}
