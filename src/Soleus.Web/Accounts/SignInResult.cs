using Soleus.Web.Data;

namespace Soleus.Web.Accounts;

/// <summary>The outcome of a sign-in attempt: a new sign-in session, or why not (and until when, when locked).</summary>
public sealed record SignInResult(SignInSession? Session, bool LockedOut = false, DateTimeOffset? LockedUntil = null);
