using System.Security.Claims;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages;

/// <summary>
/// A posted plan form taken from answers to a plan: the carried screening answers judged again (what the form says
/// about a verdict is never trusted), then the builder's fields checked and planned from that screening only. The
/// plan page and the player page both go through here, so the player can never play a plan the screening would not
/// give.
/// </summary>
public sealed class PlanForm
{
    private PlanForm(AnswerForm answers, IReadOnlyList<Leg> screened, ScreeningResult? screening)
    {
        Answers = answers;
        Screened = screened;
        Screening = screening;
    }

    /// <summary>The answers carried from the screening page.</summary>
    public AnswerForm Answers { get; }

    /// <summary>The legs the answers were given for.</summary>
    public IReadOnlyList<Leg> Screened { get; }

    /// <summary>The screening of the carried answers, done again here; null when they are incomplete.</summary>
    public ScreeningResult? Screening { get; }

    public PlanInput Input { get; private set; } = new();

    public FormErrors Errors { get; } = new();

    public Plan? Plan { get; private set; }

    public Timeline? Timeline { get; private set; }

    /// <summary>
    /// Screens the form's answers for its legs, the way the screening page did, but without keeping a screening
    /// event: the person's screening was already kept when they answered.
    /// </summary>
    public static async Task<PlanForm> Rescreen(IFormCollection form, Questionnaire questionnaire, SoleusDb db, HttpContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        var answers = AnswerForm.Read(form);
        var screened = AnswerForm.ParseLegs(form["screened"]);
        var (screening, _) = await ScreeningApi.Run(questionnaire, db, context, answers.ToApi(), screened, now, record: false);
        return new PlanForm(answers, screened, screening);
    }

    /// <summary>The builder's defaults for the cleared legs, after a screening that allows a session.</summary>
    public void OfferDefaults(Protocol protocol)
    {
        if (Screening?.AllowsSession == true)
        {
            Input = PlanInput.Defaults(protocol, Screening.LegsCleared);
        }
    }

    /// <summary>
    /// Reads the builder's fields and plans, when the screening allows a session. Returns true with
    /// <see cref="Plan"/> and <see cref="Timeline"/> set, or false with the problems in <see cref="Errors"/>
    /// (none when the screening itself is what stops it).
    /// </summary>
    public bool TryPlan(Protocol protocol, IFormCollection form)
    {
        Input = PlanInput.Read(form);
        if (Screening?.AllowsSession != true || Input.Validate(protocol, PlanBody.MaxMinutesPerCalf, Errors) is not { } request)
        {
            return false;
        }

        var result = Planner.Plan(protocol, Screening, request);
        if (result.IsPlanned)
        {
            Plan = result.Plan;
            Timeline = TimelineBuilder.Build(protocol, result.Plan);
            return true;
        }

        var refusal = result.Refusal;
        var field = refusal.Kind switch
        {
            PlanRefusalKind.TooLittleTime => PlanInput.MinutesField,
            PlanRefusalKind.Screening => PlanInput.LegsField,
            PlanRefusalKind.InvalidRequest => refusal.Field == "minutesPerCalf" ? PlanInput.MinutesField : refusal.Field ?? PlanInput.LegsField,
        };
        Errors.Add(field, refusal.MinutesNeeded is { } needed
            ? $"The four layers need at least {needed} minutes per calf. Enter {needed} or more, up to {PlanBody.MaxMinutesPerCalf}."
            : refusal.Message);
        return false;
    }
}
