namespace Soleus.Web.Features.Accounts;

/// <summary>
/// Password rules as OWASP ASVS has them: at least 8 characters, up to 128, no composition rules, and hard to guess:
/// zxcvbn's estimate must reach <see cref="MinScore"/> ("safely unguessable" against an online attack), weighing
/// the person's own email and the app's name as words an attacker would try first.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;
    public const int MinScore = 3;

    /// <summary>Null when the password is acceptable, otherwise what is wrong with it and how to mend it.</summary>
    public static string? Check(string? password, string email) => password switch
    {
        null or { Length: 0 } => $"Enter a password of at least {MinLength} characters.",
        { Length: < MinLength } => $"Choose a password of at least {MinLength} characters: a few words strung together will do.",
        { Length: > MaxLength } => $"Choose a password of at most {MaxLength} characters.",
        _ when Zxcvbn.Zxcvbn.MatchPassword(password, Guessable(email)).Score < MinScore =>
            "This password would be easy to guess. Try three or four unrelated words together, or a longer password.",
        _ => null,
    };

    /// <summary>The words of the person's own that an attacker would try: the email, its parts, and the app's name.</summary>
    private static string[] Guessable(string email) =>
        [email, .. email.Split('@', '.', '-', '_', '+'), "soleus"];
}
