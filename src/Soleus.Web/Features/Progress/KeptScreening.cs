using Soleus.Domain.Screening;

namespace Soleus.Web.Features.Progress;

/// <summary>A screening kept for the summary: when, its verdict, and its reasons (null when they could not be read back).</summary>
public sealed record KeptScreening(DateTimeOffset At, Verdict? Verdict, string StoredVerdict, IReadOnlyList<ScreeningReason>? Reasons);
