using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Soleus.Web.Data;

namespace Soleus.Web.Features.Accounts;

/// <summary>
/// Lets a password be checked only when both counts allow it: the email's from this source, and the email's from all
/// sources together (skipped for a source the account has signed in from, so an attacker elsewhere cannot hold the
/// owner back). Each check is taken from the count before the password is looked at, by an UPDATE that only succeeds
/// on the count it read, so parallel attempts cannot all pass on one reading. After a few free checks each further
/// one waits twice as long as the one before, up to <see cref="SignInLimits.MaxDelay"/>; a count that has been quiet
/// for that long starts again. Emails with and without an account are counted alike.
/// </summary>
public sealed class PasswordThrottle(SoleusDb db)
{
    /// <summary>Null when a check may go ahead (and is counted), otherwise when to try again.</summary>
    public async Task<DateTimeOffset?> Admit(string email, RequestOrigin origin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var hash = Hash(email);
        var source = Source(origin);
        var own = await db.PasswordAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.EmailHash == hash && a.Source == source);
        if (await Take(hash, source, own, SignInLimits.FreePerSource, now) is { } later)
        {
            return later;
        }

        if (own?.Trusted == true)
        {
            return null;
        }

        var all = await db.PasswordAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.EmailHash == hash && a.Source == PasswordAttempts.AnySource);
        return await Take(hash, PasswordAttempts.AnySource, all, SignInLimits.AccountAttemptsFree, now);
    }

    /// <summary>The password was right: this source's count starts again and the source is trusted for the account.</summary>
    public async Task Passed(string email, RequestOrigin origin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var hash = Hash(email);
        var source = Source(origin);
        if (await db.PasswordAttempts.Where(a => a.EmailHash == hash && a.Source == source)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.Count, 0).SetProperty(x => x.NextAllowedAt, now).SetProperty(x => x.Trusted, true)) == 0)
        {
            await Insert(new PasswordAttempts { EmailHash = hash, Source = source, Count = 0, NextAllowedAt = now, Trusted = true });
        }
    }

    /// <summary>Removes every count of the email, with its sources: for an account being deleted.</summary>
    public Task Forget(string email)
    {
        var hash = Hash(email);
        return db.PasswordAttempts.Where(a => a.EmailHash == hash).ExecuteDeleteAsync();
    }

    /// <summary>How long to wait before the <paramref name="count"/>th check: nothing within the free ones, then doubling.</summary>
    public static TimeSpan Delay(int count, int free) => count < free
        ? TimeSpan.Zero
        : TimeSpan.FromTicks(Math.Min(SignInLimits.FirstDelay.Ticks << Math.Min(count - free, 20), SignInLimits.MaxDelay.Ticks));

    private async Task<DateTimeOffset?> Take(string hash, string source, PasswordAttempts? row, int free, DateTimeOffset now)
    {
        if (row is null)
        {
            return await Insert(new PasswordAttempts { EmailHash = hash, Source = source, Count = 1, NextAllowedAt = now + Delay(1, free) })
                ? null
                : now + SignInLimits.FirstDelay;
        }

        if (row.NextAllowedAt > now)
        {
            return row.NextAllowedAt;
        }

        var count = now - row.NextAllowedAt > SignInLimits.MaxDelay ? 1 : row.Count + 1;
        var taken = await db.PasswordAttempts.Where(a => a.EmailHash == hash && a.Source == source && a.Count == row.Count && a.NextAllowedAt == row.NextAllowedAt)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Count, count).SetProperty(x => x.NextAllowedAt, now + Delay(count, free)));
        return taken == 1 ? null : now + SignInLimits.FirstDelay;
    }

    /// <summary>Adds the row; false when another request added it first.</summary>
    private async Task<bool> Insert(PasswordAttempts row)
    {
        var entry = db.PasswordAttempts.Add(row);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    private static string Source(RequestOrigin origin) => origin.Address ?? "unknown";

    private static string Hash(string email) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AccountActions.Normalise(email))));
}
