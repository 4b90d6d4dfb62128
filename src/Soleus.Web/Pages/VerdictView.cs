using Soleus.Domain.Screening;

namespace Soleus.Web.Pages;

/// <summary>
/// What the verdict partial needs: the screening result, whether the person can update a stored profile, and whether
/// it sits under a page's own heading (the plan's), so its title is a second-level heading.
/// </summary>
public sealed record VerdictView(ScreeningResult Result, bool SignedIn, bool Nested = false)
{
    /// <summary>True when a reason is about the health profile as a whole (missing, expired, changed).</summary>
    public bool ProfileReason => Result.Reasons.Any(r => r.QuestionId is Screener.ProfileChangedId or Screener.ProfileExpiredId or Screener.ProfileMissingId);
}
