namespace Soleus.Domain.Screening;

/// <summary>An answer to a screening question. <see cref="NotSure"/> counts as <see cref="Yes"/>, and so does no answer.</summary>
public enum Answer
{
    Yes,
    No,
    NotSure,
}
