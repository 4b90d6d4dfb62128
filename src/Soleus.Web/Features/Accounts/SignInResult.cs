using Soleus.Domain.Checks;

namespace Soleus.Web.Features.Accounts;

/// <summary>
/// The outcome of a sign-in attempt: a new sign-in session, or the problems (a wrong email or password says so on
/// the password field), or the lockout and until when.
/// </summary>
public sealed record SignInResult(IReadOnlyList<FieldProblem> Problems, StartedSignIn? Session, DateTimeOffset? LockedUntil = null)
{
    public const string Wrong = "The email or the password is wrong.";

    public bool LockedOut => LockedUntil is not null;

    /// <summary>True when the email or the password was wrong (not merely malformed).</summary>
    public bool WrongCredentials => Problems is [{ Message: Wrong }];
}
