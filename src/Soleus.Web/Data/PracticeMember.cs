namespace Soleus.Web.Data;

/// <summary>
/// An account's place in a practice. An account belongs to at most one practice; it signs in like anyone else's (same
/// passwords, lockout, sign-in sessions and audit) and goes with the account or the practice.
/// </summary>
public sealed class PracticeMember
{
    /// <summary>The longest role name kept ("administrator").</summary>
    public const int RoleLength = 20;

    public Guid AccountId { get; set; }

    public Guid PracticeId { get; set; }

    public PracticeRole Role { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}
