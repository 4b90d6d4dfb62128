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
        if (EmailProblem(at) is { } email)
        {
            problems.Add(new("email", email));
        }

        if ((newPassword ? PasswordRules.Check(Password, Email) : Password.Length is 0 or > PasswordRules.MaxLength ? "Enter your password." : null) is { } problem)
        {
            problems.Add(new("password", problem));
        }

        return problems;
    }

    /// <summary>What is wrong with the email, in words that say how to put it right; null when it will do.</summary>
    private string? EmailProblem(int at) => Email switch
    {
        { Length: 0 } => "Enter your email address.",
        { Length: > MaxEmail } => $"Enter an email address of at most {MaxEmail} characters.",
        _ when at < 1 || at == Email.Length - 1 || Email.Any(char.IsWhiteSpace) => "Enter your email address in the form name@example.com.",
        _ => null,
    };
}
