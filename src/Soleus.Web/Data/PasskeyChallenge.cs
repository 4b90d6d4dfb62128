namespace Soleus.Web.Data;

/// <summary>
/// The options of one passkey ceremony (adding a passkey, or signing in with one), its challenge among them, kept
/// here between the request that asks for them and the one that answers: taken once, and only before it expires.
/// One for adding a passkey names the signed-in account and goes with it.
/// </summary>
public sealed class PasskeyChallenge
{
    public Guid Id { get; set; }

    public Guid? AccountId { get; set; }

    /// <summary>The options as Fido2 writes them to JSON.</summary>
    public required string Options { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
