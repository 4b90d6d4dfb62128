using Soleus.Domain.Checks;

namespace Soleus.Web.Features.Accounts;

/// <summary>What registering gave: the first sign-in session, or the problems with the credentials, or neither when the email is taken.</summary>
public sealed record Registration(IReadOnlyList<FieldProblem> Problems, StartedSignIn? Session)
{
    public bool EmailTaken => Problems.Count == 0 && Session is null;
}
