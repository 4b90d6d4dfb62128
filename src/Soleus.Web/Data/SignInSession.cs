namespace Soleus.Web.Data;

/// <summary>
/// One signed-in browser. The auth cookie carries only its id; every request checks it here, so signing out or
/// changing the password ends a copied cookie too, on every app instance.
/// </summary>
public sealed class SignInSession
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
