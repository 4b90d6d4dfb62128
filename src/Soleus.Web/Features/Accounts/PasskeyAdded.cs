using Soleus.Domain.Checks;

namespace Soleus.Web.Features.Accounts;

/// <summary>The outcome of adding a passkey: the passkey as listed, or the problems (with its name, or with the answer).</summary>
public sealed record PasskeyAdded(IReadOnlyList<FieldProblem> Problems, PasskeyFacts? Passkey);
