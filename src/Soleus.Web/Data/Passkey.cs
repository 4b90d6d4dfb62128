namespace Soleus.Web.Data;

/// <summary>
/// A passkey a person registered to sign in with: the authenticator's credential id and public key (COSE), the
/// signature counter it last reported, the user handle it holds for the account, the name the person gave it, and when
/// it was added and last used. It goes with the account.
/// </summary>
public sealed class Passkey
{
    /// <summary>The longest name a person can give a passkey.</summary>
    public const int MaxName = 60;

    public long Id { get; set; }

    public Guid AccountId { get; set; }

    public required byte[] CredentialId { get; set; }

    public required byte[] PublicKey { get; set; }

    public long SignCount { get; set; }

    public required byte[] UserHandle { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
