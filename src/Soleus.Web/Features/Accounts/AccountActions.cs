using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Checks;
using Soleus.Web.Data;

namespace Soleus.Web.Features.Accounts;

/// <summary>Register, sign in, sign out, change password, delete: the account's whole life, over the database.</summary>
public sealed class AccountActions(SoleusDb db, IPasswordHasher<Account> hasher)
{
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<Account>().HashPassword(new Account { Email = "", PasswordHash = "" }, Guid.NewGuid().ToString()));

    public static string Normalise(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// Checks the credentials, creates the account and opens its first sign-in session in one commit (the password
    /// was just hashed, so it is not verified again). No session and no problem means the email is taken.
    /// </summary>
    public async Task<Registration> Register(Credentials credentials, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.Problems(newPassword: true) is { Count: > 0 } problems)
        {
            return new(problems, null);
        }

        var normalised = Normalise(credentials.Email);
        if (await db.Accounts.AnyAsync(a => a.Email == normalised))
        {
            return new([], null);
        }

        var account = new Account { Id = Guid.NewGuid(), Email = normalised, PasswordHash = "", CreatedAt = now };
        account.PasswordHash = hasher.HashPassword(account, credentials.Password);
        db.Accounts.Add(account);
        var session = OpenSession(account, now, origin);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return new([], null);
        }

        return new([], session);
    }

    /// <summary>
    /// Checks the password and opens a sign-in session. Failures count in the database, so a lockout holds across
    /// app instances; an unknown email costs a hash too, so timing does not tell which emails exist. Every outcome
    /// is audited.
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
        if (account is null)
        {
            hasher.VerifyHashedPassword(new Account { Email = normalised, PasswordHash = "" }, DummyHash.Value, credentials.Password);
            Audit.Add(db, Audit.SignInFailed, null, "unknown email", origin.Address, now);
            await db.SaveChangesAsync();
            return Wrong();
        }

        if (account.LockedUntil > now)
        {
            Audit.Add(db, Audit.SignInLocked, account.Id, "attempt while locked", origin.Address, now);
            await db.SaveChangesAsync();
            return new([], null, account.LockedUntil);
        }

        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, credentials.Password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            account.FailedSignIns++;
            if (account.FailedSignIns >= SignInLimits.FailuresBeforeLockout)
            {
                account.LockedUntil = now + SignInLimits.Lockout;
                account.FailedSignIns = 0;
            }

            var locked = account.LockedUntil > now;
            Audit.Add(db, locked ? Audit.SignInLocked : Audit.SignInFailed, account.Id, "wrong password", origin.Address, now);
            await db.SaveChangesAsync();
            return locked ? new([], null, account.LockedUntil) : Wrong();
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, credentials.Password);
        }

        account.FailedSignIns = 0;
        account.LockedUntil = null;
        var session = OpenSession(account, now, origin);
        await db.SaveChangesAsync();
        return new([], session);
    }

    public Task SignOut(Guid sessionId, DateTimeOffset now) =>
        db.SignInSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));

    /// <summary>
    /// Changes the password and ends every other sign-in of the account. Returns the problems: the new password's
    /// rules, or a current password that is wrong; none when it was changed.
    /// </summary>
    public async Task<IReadOnlyList<FieldProblem>> ChangePassword(Guid accountId, Guid keepSession, string? current, string? replacement, DateTimeOffset now)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrEmpty(current) || current.Length > PasswordRules.MaxLength)
        {
            problems.Add(new("currentPassword", "Enter your current password."));
        }

        if (PasswordRules.Check(replacement) is { } rule)
        {
            problems.Add(new("newPassword", rule));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var account = await db.Accounts.SingleAsync(a => a.Id == accountId);
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, current!) == PasswordVerificationResult.Failed)
        {
            return [new("currentPassword", "The current password is wrong.")];
        }

        account.PasswordHash = hasher.HashPassword(account, replacement!);
        await db.SignInSessions.Where(s => s.AccountId == accountId && s.Id != keepSession && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>True when the password is the account's.</summary>
    public async Task<bool> IsPassword(Guid accountId, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length > PasswordRules.MaxLength)
        {
            return false;
        }

        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
        return hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>Deletes the account and, through cascading keys, every row that belongs to it; audits the deletion.</summary>
    public async Task Delete(Guid accountId, DateTimeOffset now, RequestOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        Audit.Add(db, Audit.AccountDeleted, accountId, null, origin.Address, now);
        await db.SaveChangesAsync();
        await db.Accounts.Where(a => a.Id == accountId).ExecuteDeleteAsync();
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
        .Select(a => new AccountFacts(a.Email, a.CreatedAt, a.DisclaimerAcceptedAt)).SingleOrDefaultAsync();

    private static SignInResult Wrong() => new([new("password", SignInResult.Wrong)], null);

    /// <summary>Adds a new sign-in session for the account, and its audit event, to the unit of work.</summary>
    private StartedSignIn OpenSession(Account account, DateTimeOffset now, RequestOrigin origin)
    {
        var session = new SignInSession { Id = Guid.NewGuid(), AccountId = account.Id, CreatedAt = now, LastSeenAt = now };
        db.SignInSessions.Add(session);
        Audit.Add(db, Audit.SignInSucceeded, account.Id, null, origin.Address, now);
        return new(account.Id, session.Id);
    }
}
