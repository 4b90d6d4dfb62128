namespace Soleus.Web.Api;

/// <summary>An email and a password, for registering and signing in.</summary>
public sealed record Credentials(string Email, string Password)
{
    public const int MaxEmail = 254;

    /// <summary>Field problems with the email and, when registering, the password rules.</summary>
    public Dictionary<string, string[]> Problems(bool newPassword)
    {
        var errors = new Dictionary<string, string[]>();
        var at = Email.IndexOf('@', StringComparison.Ordinal);
        if (Email.Length > MaxEmail || at < 1 || at == Email.Length - 1 || Email.Any(char.IsWhiteSpace))
        {
            errors["email"] = [$"An email address of at most {MaxEmail} characters."];
        }

        if ((newPassword ? Accounts.PasswordRules.Check(Password) : Password.Length is 0 or > Accounts.PasswordRules.MaxLength ? "Enter your password." : null) is { } problem)
        {
            errors["password"] = [problem];
        }

        return errors;
    }
}
