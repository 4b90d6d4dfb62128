namespace Soleus.Domain.Screening;

/// <summary>
/// The answers to the health-profile questions and when they were given. It expires
/// <see cref="ProfileRules.ValidMonths"/> months after <see cref="AnsweredAt"/>; re-answering makes a new profile.
/// </summary>
public sealed record HealthProfile(IReadOnlyDictionary<string, Answer> Answers, DateTimeOffset AnsweredAt)
{
    /// <summary>The first instant at which the profile no longer counts.</summary>
    public DateTimeOffset ExpiresAt(int validMonths) => AnsweredAt.AddMonths(validMonths);

    public bool IsExpired(int validMonths, DateTimeOffset now) => now >= ExpiresAt(validMonths);
}
