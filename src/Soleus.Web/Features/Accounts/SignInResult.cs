using Soleus.Domain.Checks;

namespace Soleus.Web.Features.Accounts;

/// <summary>
/// The outcome of signing in or registering: a new sign-in session, or the problems (a wrong email or password says
/// so on the password field), or, when the throttle holds the attempt back, when to try again.
/// </summary>
public sealed record SignInResult(IReadOnlyList<FieldProblem> Problems, StartedSignIn? Session, DateTimeOffset? RetryAt = null)
{
    public const string Wrong = "The email or the password is not right: check both and try again.";

    /// <summary>True when the email or the password was wrong (not merely malformed).</summary>
    public bool WrongCredentials => Problems is [{ Message: Wrong }];
}
