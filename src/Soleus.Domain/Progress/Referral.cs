using Soleus.Domain.Protocols;

namespace Soleus.Domain.Progress;

/// <summary>A rule that fired on the session history: which rule, how firm, what to tell the person, and the leg it is about.</summary>
public sealed record Referral(string RuleId, ReferralSeverity Severity, string Message, Leg? Leg = null);
