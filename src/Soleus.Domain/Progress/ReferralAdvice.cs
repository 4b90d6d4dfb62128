namespace Soleus.Domain.Progress;

/// <summary>The words and severity of one referral rule, as data. <see cref="Message"/> may hold <c>{leg}</c>.</summary>
public sealed record ReferralAdvice(string Id, ReferralSeverity Severity, string Message);
