namespace Soleus.Web.Data;

/// <summary>A person's health profile answers, as JSON, and when they were given.</summary>
public sealed class StoredProfile
{
    public Guid AccountId { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }

    public required string Answers { get; set; }
}
