namespace Soleus.Web.Data;

/// <summary>
/// A one-time code that lets the holder of an email join a practice in a role: kept only as a SHA-256 hash, used
/// once, and void after it expires. The first administrator's comes from the add-practice command.
/// </summary>
public sealed class PracticeInvite
{
    public Guid Id { get; set; }

    public Guid PracticeId { get; set; }

    public required string Email { get; set; }

    public PracticeRole Role { get; set; }

    public required byte[] CodeHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
