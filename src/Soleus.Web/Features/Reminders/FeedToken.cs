using System.Security.Cryptography;
using System.Text;

namespace Soleus.Web.Features.Reminders;

/// <summary>
/// The secret in a calendar feed's address: 32 random bytes as 43 base64url characters. Only its SHA-256 hash is kept,
/// so the address cannot be read back from the database; a person who loses it makes a new one, and the old stops.
/// </summary>
public static class FeedToken
{
    public const int Length = 43;

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));
}
