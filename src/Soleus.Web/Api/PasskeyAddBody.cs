using Fido2NetLib;

namespace Soleus.Web.Api;

/// <summary>The body of POST /api/passkeys: the ceremony's id, the browser's new credential, and a name for the passkey (optional).</summary>
public sealed record PasskeyAddBody(Guid? ChallengeId, AuthenticatorAttestationRawResponse? Credential, string? Name = null);
