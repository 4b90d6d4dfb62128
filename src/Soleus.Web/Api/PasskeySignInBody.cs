using Fido2NetLib;

namespace Soleus.Web.Api;

/// <summary>The body of POST /api/passkeys/sign-in: the ceremony's id and the browser's signed answer.</summary>
public sealed record PasskeySignInBody(Guid? ChallengeId, AuthenticatorAssertionRawResponse? Credential);
