using System.Security.Claims;

namespace Soleus.Web.Hosting;

/// <summary>The two claims Soleus puts in its cookie: the account and the sign-in session.</summary>
public static class Principal
{
    public const string SessionClaim = "sid";

    public static ClaimsPrincipal For(Guid accountId, Guid sessionId) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, accountId.ToString()), new Claim(SessionClaim, sessionId.ToString())],
        "cookie"));

    public static Guid AccountId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));

    public static Guid SessionId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(SessionClaim) ?? throw new InvalidOperationException("Not signed in."));
}
