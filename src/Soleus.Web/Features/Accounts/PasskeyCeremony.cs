namespace Soleus.Web.Features.Accounts;

/// <summary>
/// A passkey ceremony begun: the options for the browser (as Fido2 writes them to JSON, the challenge among them), and
/// the id under which they are kept until the browser answers.
/// </summary>
public sealed record PasskeyCeremony(Guid ChallengeId, string Options);
