using Soleus.Domain.Screening;

namespace Soleus.Web.Pages;

/// <summary>What the verdict partial needs: the screening result, and whether the person can update a stored profile.</summary>
public sealed record VerdictView(ScreeningResult Result, bool SignedIn)
{
    /// <summary>True when a reason is about the health profile as a whole (missing, expired, changed).</summary>
    public bool ProfileReason => Result.Reasons.Any(r => r.QuestionId is Screener.ProfileChangedId or Screener.ProfileExpiredId or Screener.ProfileMissingId);
}
