using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Web.Data;

namespace Soleus.Web.Features.Accounts;

/// <summary>Register, sign in, sign out, change password, delete: the account's whole life, over the database.</summary>
public sealed class AccountActions(SoleusDb db, IPasswordHasher<Account> hasher, PasswordThrottle throttle)
{
    /// <summary>A hash of no one's password, made at the same cost as real ones, checked for unknown emails.</summary>
    private static string? dummyHash;

    private string DummyHash => dummyHash ??= hasher.HashPassword(new Account { Email = "", PasswordHash = "" }, Guid.NewGuid().ToString());

    private const string CurrentMissing = "Enter your current password.";

    public static string Normalise(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// Creates the account and opens its first sign-in session in one commit. An email that already has an account
    /// is answered exactly as signing in with these credentials would be (signed in when the password is the
    /// account's, otherwise the wrong-password answer), so registering tells no more about who has an account than
    /// signing in does, and it is throttled alike.
    /// </summary>
    public async Task<SignInResult> Register(Credentials credentials, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.Problems(newPassword: true) is { Count: > 0 } problems)
        {
            return new(problems, null);
        }

        var normalised = Normalise(credentials.Email);
        if (await db.Accounts.AnyAsync(a => a.Email == normalised))
        {
            return await SignIn(credentials, now, origin);
        }

        if (await throttle.Admit(normalised, origin, now) is { } later)
        {
            return new([], null, later);
        }

        var account = new Account { Id = Guid.NewGuid(), Email = normalised, PasswordHash = "", CreatedAt = now };
        account.PasswordHash = hasher.HashPassword(account, credentials.Password);
        db.Accounts.Add(account);
        var session = OpenSession(account.Id, now, origin);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same email registered at the same moment: answer as a second attempt at it would be.
            db.ChangeTracker.Clear();
            return await SignIn(credentials, now, origin);
        }

        await throttle.Passed(normalised, origin, now);
        return new([], session);
    }

    /// <summary>
    /// Checks the password, once the throttle lets it be checked, and opens a sign-in session. An unknown email is
    /// throttled and costs a hash like a known one, so neither the answers nor their timing tell which emails exist.
    /// Every outcome is audited.
    /// </summary>
    public async Task<SignInResult> SignIn(Credentials credentials, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(origin);
        if (credentials.Problems(newPassword: false) is { Count: > 0 } problems)
        {
            return new(problems, null);
        }

        var normalised = Normalise(credentials.Email);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Email == normalised);
        if (await throttle.Admit(normalised, origin, now) is { } later)
        {
            Audit.Add(db, Audit.SignInThrottled, account?.Id, null, origin.Address, now);
            await db.SaveChangesAsync();
            return new([], null, later);
        }

        var verdict = hasher.VerifyHashedPassword(
            account ?? new Account { Email = normalised, PasswordHash = "" }, account?.PasswordHash ?? DummyHash, credentials.Password);
        if (account is null || verdict == PasswordVerificationResult.Failed)
        {
            Audit.Add(db, Audit.SignInFailed, account?.Id, account is null ? "unknown email" : "wrong password", origin.Address, now);
            await db.SaveChangesAsync();
            return new([new("password", SignInResult.Wrong)], null);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, credentials.Password);
        }

        var session = OpenSession(account.Id, now, origin);
        await db.SaveChangesAsync();
        await throttle.Passed(normalised, origin, now);
        return new([], session);
    }

    public Task SignOut(Guid sessionId, DateTimeOffset now) =>
        db.SignInSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));

    /// <summary>
    /// Changes the password and ends every other sign-in of the account, once the current password is checked
    /// again (throttled like signing in). Returns the problems: the new password's rules, or the current password's.
    /// </summary>
    public async Task<PasswordCheck> ChangePassword(Guid accountId, Guid keepSession, string? current, string? replacement, DateTimeOffset now, RequestOrigin origin)
    {
        var email = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Email).SingleAsync();
        FieldProblem?[] problems =
        [
            string.IsNullOrEmpty(current) ? new("currentPassword", CurrentMissing) : null,
            PasswordRules.Check(replacement, email) is { } rule ? new("newPassword", rule) : null,
        ];
        if (problems.OfType<FieldProblem>().ToList() is { Count: > 0 } found)
        {
            return new(found);
        }

        var check = await Recheck(accountId, current, "currentPassword", now, origin);
        if (!check.Right)
        {
            return check;
        }

        var account = await db.Accounts.SingleAsync(a => a.Id == accountId);
        account.PasswordHash = hasher.HashPassword(account, replacement!);
        await db.SignInSessions.Where(s => s.AccountId == accountId && s.Id != keepSession && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
        await db.SaveChangesAsync();
        return check;
    }

    /// <summary>
    /// Checks a signed-in person's password again, before a change that needs it (a new password, deleting the
    /// account): throttled like signing in, and a wrong one is audited like a failed sign-in.
    /// </summary>
    public async Task<PasswordCheck> Recheck(Guid accountId, string? password, string field, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (string.IsNullOrEmpty(password) || password.Length > PasswordRules.MaxLength)
        {
            return new([new(field, CurrentMissing)]);
        }

        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
        if (await throttle.Admit(account.Email, origin, now) is { } later)
        {
            return new([], later);
        }

        if (hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            Audit.Add(db, Audit.SignInFailed, accountId, "wrong current password", origin.Address, now);
            await db.SaveChangesAsync();
            return new([new(field, "That is not your current password: check it and try again.")]);
        }

        await throttle.Passed(account.Email, origin, now);
        return new([]);
    }

    /// <summary>
    /// Deletes the account and, through cascading keys, every row that belongs to it, its password counts and its
    /// audit events, keeping one event that says an account was deleted and when (no account id, no address). On
    /// SQLite (secure_delete on) the write-ahead log is then checkpointed and truncated, so no byte of what was deleted
    /// stays in any database file.
    /// </summary>
    public async Task Delete(Guid accountId, DateTimeOffset now)
    {
        var email = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Email).SingleAsync();
        // One transaction, retried whole by PostgreSQL's execution strategy.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.AuditEvents.Where(e => e.AccountId == accountId).ExecuteDeleteAsync();
            await db.Accounts.Where(a => a.Id == accountId).ExecuteDeleteAsync();
            await throttle.Forget(email);
            Audit.Add(db, Audit.AccountDeleted, null, null, null, now);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /// <summary>When the account's holder accepted the disclaimer and the DVT warning, or null.</summary>
    public Task<DateTimeOffset?> DisclaimerAcceptedAt(Guid accountId) =>
        db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.DisclaimerAcceptedAt).SingleOrDefaultAsync();

    /// <summary>Keeps the acceptance on the account, unless it already has one.</summary>
    public Task AcceptDisclaimer(Guid accountId, DateTimeOffset acceptedAt) =>
        db.Accounts.Where(a => a.Id == accountId && a.DisclaimerAcceptedAt == null)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.DisclaimerAcceptedAt, acceptedAt));

    /// <summary>What the account holds, for the account page; null when it is gone.</summary>
    public Task<AccountFacts?> Find(Guid accountId) => db.Accounts.AsNoTracking().Where(a => a.Id == accountId)
        .Select(a => new AccountFacts(a.Email, a.CreatedAt, a.DisclaimerAcceptedAt, a.TimeZone)).SingleOrDefaultAsync();

    /// <summary>Keeps the time zone the person's browser gave (an IANA id the server knows); anything else is left unkept.</summary>
    public async Task<bool> KeepTimeZone(Guid accountId, string? zone)
    {
        if (TimeZones.Find(zone) is null)
        {
            return false;
        }

        await db.Accounts.Where(a => a.Id == accountId && a.TimeZone != zone).ExecuteUpdateAsync(a => a.SetProperty(x => x.TimeZone, zone));
        return true;
    }

    /// <summary>The person's time zone for the dates the pages write: the one kept, or UTC until one is.</summary>
    public async Task<TimeZoneInfo> TimeZone(Guid accountId) =>
        TimeZones.Find(await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.TimeZone).SingleOrDefaultAsync()) ?? TimeZoneInfo.Utc;

    /// <summary>Adds a new sign-in session for the account, and its audit event, to the unit of work (a password's or a passkey's).</summary>
    internal StartedSignIn OpenSession(Guid accountId, DateTimeOffset now, RequestOrigin origin)
    {
        var session = new SignInSession { Id = Guid.NewGuid(), AccountId = accountId, CreatedAt = now, LastSeenAt = now };
        db.SignInSessions.Add(session);
        Audit.Add(db, Audit.SignInSucceeded, accountId, null, origin.Address, now);
        return new(accountId, session.Id);
    }
}
