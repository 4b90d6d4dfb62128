using Soleus.Web.Features;

namespace Soleus.Web.Hosting;

/// <summary>
/// Who is behind the request, bound once per request (as davidfowl/TodoApi binds its CurrentUser): the signed-in
/// account and its sign-in session, or neither, and where the request came from. Endpoints and pages take this
/// instead of reading claims; use cases get the plain account id and <see cref="Origin"/>.
/// </summary>
public sealed class CurrentAccount
{
    private CurrentAccount(Guid? id, Guid? sessionId, RequestOrigin origin) => (Id, SessionId, Origin) = (id, sessionId, origin);

    /// <summary>The signed-in account, or null.</summary>
    public Guid? Id { get; }

    /// <summary>The sign-in session the request's cookie belongs to, or null.</summary>
    public Guid? SessionId { get; }

    public RequestOrigin Origin { get; }

    public bool SignedIn => Id is not null;

    /// <summary>The account of a request that may only arrive signed in (an endpoint or page that requires it).</summary>
    public Guid Required => Id ?? throw new InvalidOperationException("This request needs a signed-in account.");

    public static CurrentAccount From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        return new(signedIn ? user.AccountId() : null, signedIn ? user.SessionId() : null, new RequestOrigin(context.Connection.RemoteIpAddress?.ToString()));
    }
}
