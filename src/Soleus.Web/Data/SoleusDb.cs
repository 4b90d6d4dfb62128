using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Soleus.Web.Data;

/// <summary>
/// Everything Soleus stores. Every row of a person's carries the AccountId it belongs to and goes with the account;
/// the Data Protection keys and the audit trail belong to the app.
/// </summary>
public sealed class SoleusDb(DbContextOptions<SoleusDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public DbSet<StoredSession> Sessions => Set<StoredSession>();

    public DbSet<StoredProfile> Profiles => Set<StoredProfile>();

    public DbSet<ScreeningEvent> ScreeningEvents => Set<ScreeningEvent>();

    public DbSet<StoredClearance> Clearances => Set<StoredClearance>();

    public DbSet<PasswordAttempts> PasswordAttempts => Set<PasswordAttempts>();

    public DbSet<Passkey> Passkeys => Set<Passkey>();

    public DbSet<PasskeyChallenge> PasskeyChallenges => Set<PasskeyChallenge>();

    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<Practice> Practices => Set<Practice>();

    public DbSet<PracticeMember> PracticeMembers => Set<PracticeMember>();

    public DbSet<PracticeInvite> PracticeInvites => Set<PracticeInvite>();

    public DbSet<LinkCode> LinkCodes => Set<LinkCode>();

    public DbSet<PatientLink> PatientLinks => Set<PatientLink>();

    public DbSet<AssignedPlan> AssignedPlans => Set<AssignedPlan>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SoleusDb).Assembly);

    /// <summary>Instants are stored as UTC ticks, so both SQLite and PostgreSQL can compare and sort them.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}
