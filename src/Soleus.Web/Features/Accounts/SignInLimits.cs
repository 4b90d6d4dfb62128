namespace Soleus.Web.Features.Accounts;

/// <summary>How long a sign-in lasts and how password checks are throttled (see <see cref="PasswordThrottle"/>).</summary>
public static class SignInLimits
{
    /// <summary>A sign-in ends after this long without a request.</summary>
    public static TimeSpan Idle { get; } = TimeSpan.FromHours(12);

    /// <summary>A sign-in ends this long after it began, however active.</summary>
    public static TimeSpan Absolute { get; } = TimeSpan.FromDays(7);

    /// <summary>Password checks of one email from one source before each further one must wait.</summary>
    public const int FreePerSource = 3;

    /// <summary>Password checks of one email from all untrusted sources together before each further one must wait.</summary>
    public const int AccountAttemptsFree = 5;

    /// <summary>The first wait; each further check waits twice as long as the one before.</summary>
    public static TimeSpan FirstDelay { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait; a count quiet for this long after its last wait starts again.</summary>
    public static TimeSpan MaxDelay { get; } = TimeSpan.FromMinutes(15);

    /// <summary>The last-seen time is written at most this often, to keep reads cheap.</summary>
    public static TimeSpan TouchEvery { get; } = TimeSpan.FromMinutes(1);
}
