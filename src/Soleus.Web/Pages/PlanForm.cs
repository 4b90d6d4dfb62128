using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Planning;
using Soleus.Web.Features.Screening;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// A posted plan form: the answers it carries from the screening page (and the legs they were given for, in
/// "screened") are judged again by the screening use case, never taken from the form, and the builder's choices are
/// planned by the planning use case from that screening only. The plan page and the player page both come through
/// here, so the player can never play a plan the screening would not give.
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

    /// <summary>The answers carried from the screening page.</summary>
    public AnswerForm Answers { get; }

    /// <summary>The legs the answers were given for, by name, as posted.</summary>
    public IReadOnlyList<string> Screened { get; }

    /// <summary>The screening of the carried answers, done again here; null when they are incomplete.</summary>
    public ScreeningResult? Screening { get; }

    public PlanInput Input { get; }

    public FormErrors Errors { get; } = new();

    public Plan? Plan { get; private set; }

    public Timeline? Timeline { get; private set; }

    /// <summary>Arriving from the screening page: judge the carried answers again and offer the builder's defaults.</summary>
    public static async Task<PlanForm> Start(IFormCollection form, Screenings screenings, Protocol protocol, CurrentAccount account, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(screenings);
        ArgumentNullException.ThrowIfNull(account);
        var answers = AnswerForm.Read(form);
        var screened = Legs(form);
        var screening = await screenings.Rejudge(answers.Sheet(screened), account.Id, now);
        var result = screening.IsValid ? screening.Value : null;
        return new(answers, screened, result, result?.AllowsSession == true ? PlanInput.Defaults(protocol, result.LegsCleared) : new());
    }

    /// <summary>The builder's form: judge the carried answers again, then plan the choices; the problems land on their fields.</summary>
    public static async Task<PlanForm> Build(IFormCollection form, Plans plans, CurrentAccount account, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(account);
        var answers = AnswerForm.Read(form);
        var screened = Legs(form);
        var input = PlanInput.Read(form);
        var attempt = await plans.Create(answers.Sheet(screened), input.Choices, account.Id, now, account.Origin, answeredNow: false);
        if (!attempt.IsValid)
        {
            return new(answers, screened, null, input);
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

    private static List<string> Legs(IFormCollection form) => [.. form[ScreenedField].OfType<string>()];
}
