using Soleus.Domain.Screening;
using Soleus.Web.Features.Progress;

namespace Soleus.Web.Pages;

/// <summary>
/// The printable summary's sheets (about, health profile, stops, trends, tender spots, referral advice, sessions), as
/// the person's own summary page and a linked clinician's view of them both show them.
/// </summary>
public sealed record SummarySheets(Summary Summary, Questionnaire Questionnaire, LocalClock Clock, DateTimeOffset Now)
{
    /// <summary>The question's text, or for a reason about the whole profile, a short name of it.</summary>
    public string ReasonQuestion(ScreeningReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.QuestionId switch
        {
            Screener.ProfileMissingId => "No health profile",
            Screener.ProfileExpiredId => "Health profile expired",
            Screener.ProfileChangedId => Questionnaire.Profile.ChangedQuestion,
            _ when CarriedStops.Of(reason.QuestionId) is { } stop => "An earlier session: " + SessionCheckIn.For(Questionnaire, stop).Title,
            _ => Questionnaire.Questions.FirstOrDefault(q => q.Id == reason.QuestionId)?.Text ?? reason.QuestionId,
        };
    }
}
