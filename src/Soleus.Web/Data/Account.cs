namespace Soleus.Web.Data;

/// <summary>A person's account. The email is stored lower-cased; the password only as a PasswordHasher hash.</summary>
public sealed class Account
{
    /// <summary>The longest time zone id kept (the IANA ids are far shorter).</summary>
    public const int TimeZoneLength = 64;

    public Guid Id { get; set; }

    public required string Email { get; set; }

    public required string PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the person accepted the disclaimer and the DVT warning.</summary>
    public DateTimeOffset? DisclaimerAcceptedAt { get; set; }

    /// <summary>The choices of the last plan made for the person, as JSON, offered again as "Same as last time".</summary>
    public string? LastPlan { get; set; }

    /// <summary>The IANA id of the person's time zone, as their browser gave it, for the dates the pages write.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// How many sessions have ever been stored for the person, counted by the database itself as each is inserted
    /// (the trigger of the <c>SessionsSaved</c> migration), whoever inserts it: the version of their records that every
    /// instance's <see cref="Features.Progress.RecordsCache"/> compares with what it keeps.
    /// </summary>
    public long SessionsSaved { get; set; }
}
