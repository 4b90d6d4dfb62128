using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Planning;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// A posted plan form: the safety answers (given on the questions page, or carried from it with the legs they were
/// given for, in "screened") are judged by the screening use case, never taken from the form, and the choices are
/// planned by the planning use case from that screening only. The questions page, the plan page's builder and the
/// player page all come through here, so the player can never play a plan the screening would not give.
/// </summary>
public sealed class PlanForm
{
    public const string ScreenedField = "screened";

    private PlanForm(AnswerForm answers, IReadOnlyList<string> screened, ScreeningResult? screening, PlanInput input)
    {
        Answers = answers;
        Screened = screened;
        Screening = screening;
        Input = input;
    }

    /// <summary>The safety answers sent.</summary>
    public AnswerForm Answers { get; }

    /// <summary>The legs the answers were given for, by name, as posted.</summary>
    public IReadOnlyList<string> Screened { get; }

    /// <summary>The screening of the answers, done here; null when they are incomplete.</summary>
    public ScreeningResult? Screening { get; }

    public PlanInput Input { get; }

    /// <summary>The problems with the answers (when they are incomplete), the choices and the ratings, by field.</summary>
    public FormErrors Errors { get; } = new();

    public Plan? Plan { get; private set; }

    public Timeline? Timeline { get; private set; }

    /// <summary>
    /// Judges the answers, then plans the choices; the problems land on their fields. <paramref name="answeredNow"/> is
    /// true for the questions page, whose answers are the person's own just now (kept as a screening, and the legs
    /// they were given for are the legs chosen); a form that carries answers from it sends false, and keeps nothing.
    /// </summary>
    public static async Task<PlanForm> Build(IFormCollection form, Plans plans, CurrentAccount account, DateTimeOffset now, bool answeredNow)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(account);
        var answers = AnswerForm.Read(form);
        var input = PlanInput.Read(form);
        var screened = answeredNow ? input.Legs : [.. form[ScreenedField].OfType<string>()];
        var attempt = await plans.Create(answers.Sheet(screened), input.Choices, account.Id, now, account.Origin, answeredNow);
        if (!attempt.IsValid)
        {
            var incomplete = new PlanForm(answers, screened, null, input);
            incomplete.Errors.Add(attempt.Problems);
            incomplete.Errors.Add(input.RatingProblems(Domain.Protocols.Legs.Read(PlanInput.LegsField, screened, [])));
            return incomplete;
        }

        var (screening, result, timeline) = attempt.Value;
        var planForm = new PlanForm(answers, screened, screening, input);
        if (!screening.AllowsSession)
        {
            return planForm;
        }

        if (!result.IsPlanned)
        {
            planForm.Errors.Add(result.Refusal.Problems);
        }

        planForm.Errors.Add(input.RatingProblems(screening.LegsCleared.Where(input.Has)));
        if (!planForm.Errors.Any)
        {
            (planForm.Plan, planForm.Timeline) = (result.Plan, timeline);
        }

        return planForm;
    }
}
