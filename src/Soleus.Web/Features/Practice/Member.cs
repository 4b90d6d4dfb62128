using Soleus.Web.Data;

namespace Soleus.Web.Features.Practice;

/// <summary>One member of a practice as its administrators see them: email, role and when they joined.</summary>
public sealed record Member(string Email, PracticeRole Role, DateTimeOffset JoinedAt)
{
    public bool Administrator => Role == PracticeRole.Administrator;
}
