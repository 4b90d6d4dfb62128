using System.Reflection;

namespace Soleus.Web.Features.Accounts;

/// <summary>
/// Password rules as OWASP ASVS has them: at least 8 characters, up to 128, no composition rules, and not one of
/// the common passwords shipped with the app.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = LoadCommon();

    /// <summary>Null when the password is acceptable, otherwise what is wrong with it.</summary>
    public static string? Check(string? password) => password switch
    {
        null or { Length: 0 } => $"Enter a password of at least {MinLength} characters.",
        { Length: < MinLength } => $"Choose a password of at least {MinLength} characters: a few words strung together will do.",
        { Length: > MaxLength } => $"Choose a password of at most {MaxLength} characters.",
        _ when Common.Contains(password.ToLowerInvariant()) => "This password is on a list of common passwords, so it is easy to guess: choose another.",
        _ => null,
    };

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }

        return words;
    }
}
