using Soleus.Domain.Checks;

namespace Soleus.Web.Features.Accounts;

/// <summary>
/// The outcome of checking a signed-in person's password again (to change it or delete the account): right, or the
/// problem on the field, or, when the throttle holds the check back, when to try again.
/// </summary>
public sealed record PasswordCheck(IReadOnlyList<FieldProblem> Problems, DateTimeOffset? RetryAt = null)
{
    public bool Right => Problems.Count == 0 && RetryAt is null;
}
