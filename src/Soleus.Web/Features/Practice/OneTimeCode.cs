using System.Security.Cryptography;
using System.Text;

namespace Soleus.Web.Features.Practice;

/// <summary>
/// The codes that invite a member and link a person: random letters and digits with none that look alike (no 0, O, 1,
/// I, L or U), shown in groups of four. Only their SHA-256 hash is stored: a code is random, single use and soon
/// expires, so a slow password hash would add nothing a guesser has to beat, and the hash is what the code is found by.
/// </summary>
public static class OneTimeCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new code of <paramref name="length"/> characters, grouped by four with hyphens.</summary>
    public static string Make(int length) =>
        string.Join('-', RandomNumberGenerator.GetString(Alphabet, length).Chunk(4).Select(group => new string(group)));

    /// <summary>The hash of a code as typed: case, spaces and hyphens do not matter.</summary>
    public static byte[] Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var plain = new string([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        return SHA256.HashData(Encoding.UTF8.GetBytes(plain));
    }

    /// <summary>True when the text could be a code at all (not too long to be one), before anything is looked up.</summary>
    public static bool Plausible(string? code) => !string.IsNullOrWhiteSpace(code) && code.Length <= 40;
}
