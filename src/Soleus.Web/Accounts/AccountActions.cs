using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Soleus.Web.Data;

namespace Soleus.Web.Accounts;

/// <summary>Register, sign in, sign out, change password, delete: the account's whole life, over the database.</summary>
public static class AccountActions
{
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// Creates the account and opens its first sign-in session in one commit (the password was just hashed, so it
    /// is not verified again); returns null when the email is taken.
    /// </summary>
    public static async Task<SignInSession?> Register(SoleusDb db, IPasswordHasher<Account> hasher, string email, string password, DateTimeOffset now, HttpContext context)
    {
        var normalised = Normalise(email);
        if (await db.Accounts.AnyAsync(a => a.Email == normalised))
        {
            return null;
        }

        var account = new Account { Id = Guid.NewGuid(), Email = normalised, PasswordHash = "", CreatedAt = now };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.Accounts.Add(account);
        var session = OpenSession(db, account, now, context);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return null;
        }

        return session;
    }

    /// <summary>
    /// Checks the password and opens a sign-in session. Failures count in the database, so a lockout holds across
    /// app instances; an unknown email costs a hash too, so timing does not tell which emails exist. Every outcome
    /// is audited.
    /// </summary>
    public static async Task<SignInResult> SignIn(SoleusDb db, IPasswordHasher<Account> hasher, string email, string password, DateTimeOffset now, HttpContext context)
    {
        var normalised = Normalise(email);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Email == normalised);
        if (account is null)
        {
            hasher.VerifyHashedPassword(new Account { Email = normalised, PasswordHash = "" }, DummyHash.Value, password);
            Audit.Add(db, context, Audit.SignInFailed, null, "unknown email", now);
            await db.SaveChangesAsync();
            return new(null);
        }

        if (account.LockedUntil > now)
        {
            Audit.Add(db, context, Audit.SignInLocked, account.Id, "attempt while locked", now);
            await db.SaveChangesAsync();
            return new(null, true, account.LockedUntil);
        }

        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            account.FailedSignIns++;
            if (account.FailedSignIns >= SignInLimits.FailuresBeforeLockout)
            {
                account.LockedUntil = now + SignInLimits.Lockout;
                account.FailedSignIns = 0;
            }

            Audit.Add(db, context, account.LockedUntil > now ? Audit.SignInLocked : Audit.SignInFailed, account.Id, "wrong password", now);
            await db.SaveChangesAsync();
            return new(null, account.LockedUntil > now, account.LockedUntil > now ? account.LockedUntil : null);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
        }

        account.FailedSignIns = 0;
        account.LockedUntil = null;
        var session = OpenSession(db, account, now, context);
        await db.SaveChangesAsync();
        return new(session);
    }

    /// <summary>Adds a new sign-in session for the account, and its audit event, to the unit of work.</summary>
    private static SignInSession OpenSession(SoleusDb db, Account account, DateTimeOffset now, HttpContext context)
    {
        var session = new SignInSession { Id = Guid.NewGuid(), AccountId = account.Id, CreatedAt = now, LastSeenAt = now };
        db.SignInSessions.Add(session);
        Audit.Add(db, context, Audit.SignInSucceeded, account.Id, null, now);
        return session;
    }

    public static Task SignOut(SoleusDb db, Guid sessionId, DateTimeOffset now) =>
        db.SignInSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));

    /// <summary>Changes the password and ends every other sign-in of the account. Returns false when the current password is wrong.</summary>
    public static async Task<bool> ChangePassword(SoleusDb db, IPasswordHasher<Account> hasher, Guid accountId, Guid keepSession, string current, string replacement, DateTimeOffset now)
    {
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId);
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            return false;
        }

        account.PasswordHash = hasher.HashPassword(account, replacement);
        await db.SignInSessions.Where(s => s.AccountId == accountId && s.Id != keepSession && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Deletes the account and, through cascading keys, every row that belongs to it; audits the deletion.</summary>
    public static async Task Delete(SoleusDb db, Guid accountId, DateTimeOffset now, HttpContext context)
    {
        Audit.Add(db, context, Audit.AccountDeleted, accountId, null, now);
        await db.SaveChangesAsync();
        await db.Accounts.Where(a => a.Id == accountId).ExecuteDeleteAsync();
    }

    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<Account>().HashPassword(new Account { Email = "", PasswordHash = "" }, Guid.NewGuid().ToString()));
}
