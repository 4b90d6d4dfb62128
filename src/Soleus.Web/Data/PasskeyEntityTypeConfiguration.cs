using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class PasskeyEntityTypeConfiguration : IEntityTypeConfiguration<Passkey>
{
    public void Configure(EntityTypeBuilder<Passkey> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.CredentialId).IsUnique();
        builder.HasIndex(p => p.AccountId);
        builder.Property(p => p.Name).HasMaxLength(Passkey.MaxName);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
