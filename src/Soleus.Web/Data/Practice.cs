namespace Soleus.Web.Data;

/// <summary>A physiotherapy practice that hosts Soleus for its patients: its administrators and clinicians are <see cref="PracticeMember"/>s.</summary>
public sealed class Practice
{
    /// <summary>The longest practice name kept.</summary>
    public const int MaxName = 100;

    public Guid Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
