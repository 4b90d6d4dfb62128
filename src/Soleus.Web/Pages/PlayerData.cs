using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Pages;

/// <summary>
/// What the player needs besides the planned session, as the /play page hands it over in a JSON data block: the id
/// the client sends the record with (made here, once per plan), whether the person is signed in, the ratings before,
/// the words for each step of the plan, and the advice for each way the session can stop.
/// </summary>
public sealed record PlayerData(
    Guid ClientId,
    bool SignedIn,
    IReadOnlyList<LegRating> RatingsBefore,
    IReadOnlyDictionary<string, StepText> Steps,
    IReadOnlyDictionary<StopReason, StopAdvice> Stops,
    string DvtWarning,
    int PainRiseThatStops)
{
    public static PlayerData For(Protocol protocol, Questionnaire questionnaire, PlanForm form, Guid clientId, bool signedIn)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(form);
        var plan = form.Plan ?? throw new ArgumentException("The form has no plan.", nameof(form));
        var steps = plan.Steps.Select(s => protocol.Step(s.StepId)).DistinctBy(s => s.Id).ToDictionary(
            s => s.Id,
            s => new StepText(s.Name, s.Purpose, s.Instructions, s.Feel, s.CommonMistake, [.. s.Avoid.Select(Labels.Id)]));
        return new(
            clientId,
            signedIn,
            [.. plan.Legs.Select(l => new LegRating(l, form.Input.TightnessBefore(l)!.Value, form.Input.PainBefore(l)!.Value))],
            steps,
            Enum.GetValues<StopReason>().ToDictionary(r => r, r => SessionCheckIn.For(questionnaire, r)),
            questionnaire.DvtWarning,
            SessionCheckIn.PainRiseThatStops);
    }
}
