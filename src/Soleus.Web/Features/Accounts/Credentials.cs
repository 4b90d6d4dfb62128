using Soleus.Domain.Checks;

namespace Soleus.Web.Features.Accounts;

/// <summary>An email and a password, for registering and signing in, with the one set of rules both doors use.</summary>
public sealed record Credentials(string Email, string Password)
{
    public const int MaxEmail = 254;

    /// <summary>Field problems with the email and, when registering, the password rules.</summary>
    public IReadOnlyList<FieldProblem> Problems(bool newPassword)
    {
        var problems = new List<FieldProblem>();
        var at = Email.IndexOf('@', StringComparison.Ordinal);
        if (Email.Length > MaxEmail || at < 1 || at == Email.Length - 1 || Email.Any(char.IsWhiteSpace))
        {
            problems.Add(new("email", $"An email address of at most {MaxEmail} characters."));
        }

        if ((newPassword ? PasswordRules.Check(Password, Email) : Password.Length is 0 or > PasswordRules.MaxLength ? "Enter your password." : null) is { } problem)
        {
            problems.Add(new("password", problem));
        }

        return problems;
    }
}
