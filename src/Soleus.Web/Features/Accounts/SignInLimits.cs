namespace Soleus.Web.Features.Accounts;

/// <summary>How long a sign-in lasts and how failed attempts are limited.</summary>
public static class SignInLimits
{
    /// <summary>A sign-in ends after this long without a request.</summary>
    public static TimeSpan Idle { get; } = TimeSpan.FromHours(12);

    /// <summary>A sign-in ends this long after it began, however active.</summary>
    public static TimeSpan Absolute { get; } = TimeSpan.FromDays(7);

    /// <summary>Failed passwords in a row before the account is locked for <see cref="Lockout"/>.</summary>
    public const int FailuresBeforeLockout = 5;

    public static TimeSpan Lockout { get; } = TimeSpan.FromMinutes(15);

    /// <summary>The last-seen time is written at most this often, to keep reads cheap.</summary>
    public static TimeSpan TouchEvery { get; } = TimeSpan.FromMinutes(1);
}
