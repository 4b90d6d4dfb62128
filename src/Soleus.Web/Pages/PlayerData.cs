using Soleus.Domain.Planning;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Pages;

/// <summary>
/// Everything the player plays, as the /play page hands it over in one JSON data block: the id the client sends the
/// record with (made here, once per plan), whether the person is signed in, the legs, the flattened timeline (every
/// cue with its end, hold, voice mode and sound, so the player looks things up instead of working them out), what
/// to do before the first stroke, the ratings before, the words for each step (its safety notes among them) and for
/// each way the session can stop, the DVT warning and the emergency number the player links, the rules' numbers the
/// player applies, and the labels it shows.
/// </summary>
public sealed record PlayerData(
    Guid ClientId,
    bool SignedIn,
    IReadOnlyList<Leg> Legs,
    Timeline Timeline,
    PlayerData.Before Preparation,
    IReadOnlyList<LegRating> RatingsBefore,
    IReadOnlyDictionary<string, StepText> Steps,
    IReadOnlyDictionary<StopReason, StopAdvice> Stops,
    string DvtWarning,
    string EmergencyNumber,
    PlayerData.Rules Limits,
    PlayerData.Words Labels)
{
    /// <summary>The warm-up advice and the direction rule, shown before the session starts.</summary>
    public sealed record Before(string WarmUp, string Direction);

    /// <summary>
    /// The domain's numbers the player applies: the rating scale, the pain rise that stops a session, the pain that asks
    /// whether to stop, and the longest a session's record may span.
    /// </summary>
    public sealed record Rules(int RatingMin, int RatingMax, int PainRiseThatStops, int PainThatAsks, int MaxSessionSeconds);

    /// <summary>The labels the player shows for legs and referral severities, from <see cref="Pages.Labels"/>.</summary>
    public sealed record Words(IReadOnlyDictionary<Leg, string> Legs, IReadOnlyDictionary<ReferralSeverity, string> Severities, string NoReferral);

    public static PlayerData For(Protocol protocol, Questionnaire questionnaire, PlanForm form, Guid clientId, bool signedIn)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(form);
        var plan = form.Plan ?? throw new ArgumentException("The form has no plan.", nameof(form));
        var steps = plan.Steps.Select(s => protocol.Step(s.StepId)).DistinctBy(s => s.Id).ToDictionary(
            s => s.Id,
            s => new StepText(s.Name, s.Purpose, s.Instructions, s.Feel, s.CommonMistake, [.. s.Avoid.Select(Pages.Labels.Id)], [.. s.SafetyNotes.Select(n => questionnaire.Render(n))], s.Tool, s.Stroke));
        return new(
            clientId,
            signedIn,
            plan.Legs,
            form.Timeline!,
            new(protocol.Preparation.WarmUp.Text, protocol.Preparation.DirectionRule.Text),
            [.. plan.Legs.Select(l => new LegRating(l, form.Input.TightnessBefore(l)!.Value, form.Input.PainBefore(l)!.Value))],
            steps,
            Enum.GetValues<StopReason>().ToDictionary(r => r, r => SessionCheckIn.For(questionnaire, r)),
            questionnaire.Render(questionnaire.DvtWarning),
            questionnaire.Emergency.Number,
            new(Rating.Min, Rating.Max, SessionCheckIn.PainRiseThatStops, SessionCheckIn.PainThatAsks, (int)SessionReport.MaxLength.TotalSeconds),
            new(
                Enum.GetValues<Leg>().ToDictionary(l => l, Pages.Labels.Leg),
                Enum.GetValues<ReferralSeverity>().ToDictionary(s => s, Pages.Labels.Severity),
                Pages.Labels.NoReferral));
    }
}
