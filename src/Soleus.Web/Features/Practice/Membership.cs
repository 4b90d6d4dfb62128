using Soleus.Web.Data;

namespace Soleus.Web.Features.Practice;

/// <summary>An account's place in a practice: which practice, its name, and the role there.</summary>
public sealed record Membership(Guid PracticeId, string PracticeName, PracticeRole Role)
{
    public bool Administrator => Role == PracticeRole.Administrator;
}
