namespace Soleus.Web.Data;

/// <summary>
/// A short code a clinician hands a person so the person can link with them: kept only as a SHA-256 hash, used once,
/// and void after it expires. It goes with the clinician's account.
/// </summary>
public sealed class LinkCode
{
    public Guid Id { get; set; }

    public Guid ClinicianId { get; set; }

    public required byte[] CodeHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
