using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;

namespace Soleus.Web.Api;

/// <summary>The plan's headline figures, the equipment it uses and what it adapted.</summary>
public sealed record PlanSummary(string ProtocolId, string ProtocolVersion, IReadOnlyList<Leg> Legs, Emphasis Emphasis, int SecondsPerCalf, int MassageSeconds, IReadOnlyList<string> Equipment, IReadOnlyList<string> Notes);
