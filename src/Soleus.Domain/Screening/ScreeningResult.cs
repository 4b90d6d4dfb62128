using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// The outcome of a screening: the most serious verdict any answer triggered, every reason, and the legs a session
/// may touch (empty unless the verdict allows a session). Only the screener makes one, so no caller can hand the
/// planner a verdict it did not earn.
/// </summary>
public sealed class ScreeningResult
{
    internal ScreeningResult(Verdict verdict, IReadOnlyList<ScreeningReason> reasons, IReadOnlyList<Leg> legsCleared)
    {
        Verdict = verdict;
        Reasons = reasons;
        LegsCleared = verdict is Verdict.Proceed or Verdict.AvoidArea ? legsCleared : [];
    }

    public Verdict Verdict { get; }

    public IReadOnlyList<ScreeningReason> Reasons { get; }

    public IReadOnlyList<Leg> LegsCleared { get; }

    public bool AllowsSession => Verdict is Verdict.Proceed or Verdict.AvoidArea && LegsCleared.Count > 0;

    /// <summary>What the verdict means and what to do now, ready to show above the reasons.</summary>
    public VerdictAdvice? Advice { get; internal init; }

    /// <summary>The DVT warning, set on every <see cref="Verdict.Emergency"/> result.</summary>
    public string? DvtWarning { get; internal init; }

    /// <summary>The reasons a clearance answered, and by whom: they no longer count.</summary>
    public IReadOnlyList<LiftedReason> Lifted { get; internal init; } = [];

    /// <summary>The emergency number the texts of this result use.</summary>
    public string? EmergencyNumber { get; internal init; }

    /// <summary>The questionnaire id and version the answers were judged by ("screening@2.0.0").</summary>
    public string? ScreenedWith { get; internal init; }
}
