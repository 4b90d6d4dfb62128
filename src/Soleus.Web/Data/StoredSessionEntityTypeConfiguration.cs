using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Soleus.Web.Data;

internal sealed class StoredSessionEntityTypeConfiguration : IEntityTypeConfiguration<StoredSession>
{
    public void Configure(EntityTypeBuilder<StoredSession> builder)
    {
        // An insert moves the person's Accounts.SessionsSaved (SessionsSaved migration); EF is told so it does not use RETURNING.
        builder.ToTable("Sessions", t => t.HasTrigger(Migrations.SessionsSaved.Trigger));
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.AccountId, s.ClientId }).IsUnique();

        // The records index: everything a session record holds, in the order progress reads it, so a year of one
        // person's sessions is read from a few index pages instead of a row page each (StoredSessions.ToRecordsAsync).
        builder.HasIndex(s => new
        {
            s.AccountId,
            s.StartedAt,
            s.EndedAt,
            s.ClientId,
            s.LeftTightnessBefore,
            s.LeftPainBefore,
            s.LeftTightnessAfter,
            s.LeftPainAfter,
            s.RightTightnessBefore,
            s.RightPainBefore,
            s.RightTightnessAfter,
            s.RightPainAfter,
            s.TenderSpots,
            s.StopReason,
        }).HasDatabaseName("IX_Sessions_Records");
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
