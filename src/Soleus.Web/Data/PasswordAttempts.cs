namespace Soleus.Web.Data;

/// <summary>
/// How many password checks were let through for one email from one source (a client address), or from every
/// source together (<see cref="AnySource"/>), and when the next may be. The email is kept only as a SHA-256 hash, so
/// the rows of an email that has no account name nobody; a trusted row is a source the account has signed in from.
/// </summary>
public sealed class PasswordAttempts
{
    public const string AnySource = "*";

    /// <summary>The normalised email's SHA-256, in hex.</summary>
    public required string EmailHash { get; set; }

    public required string Source { get; set; }

    /// <summary>Checks let through since the count last started again.</summary>
    public int Count { get; set; }

    public DateTimeOffset NextAllowedAt { get; set; }

    /// <summary>The account has signed in from this source with its password.</summary>
    public bool Trusted { get; set; }
}
