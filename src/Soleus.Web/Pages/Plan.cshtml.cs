using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Accounts;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages;

/// <summary>
/// The plan builder. It never trusts a verdict from the form: every POST screens the carried answers again, exactly
/// as the screening page did, and hands the planner only the result of that screening. A form whose answers hold a
/// red flag, or that asks for a leg the screening did not clear, cannot come out with a plan for it.
/// </summary>
public sealed class PlanModel(SoleusDb db, Protocol protocol, Questionnaire questionnaire, TimeProvider time) : PageModel
{
    public Protocol Protocol { get; } = protocol;

    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>The answers carried from the screening page, or null on a plain visit.</summary>
    public AnswerForm? Answers { get; private set; }

    /// <summary>The legs the answers were given for.</summary>
    public IReadOnlyList<Leg> Screened { get; private set; } = [];

    /// <summary>The screening of the carried answers, done again by this page; null when they are incomplete.</summary>
    public ScreeningResult? Screening { get; private set; }

    public PlanInput Input { get; private set; } = new();

    public FormErrors Errors { get; } = new();

    public Plan? Plan { get; private set; }

    public Timeline? Timeline { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>The screening reasons that keep a leg out of the session.</summary>
    public IEnumerable<ScreeningReason> LeftOut => Screening is null
        ? []
        : Screening.Reasons.Where(r => r.Leg is { } leg && !Screening.LegsCleared.Contains(leg));

    public async Task<IActionResult> OnGetAsync()
    {
        return await DisclaimerConsent.AcceptedAt(HttpContext, db) is null ? Redirect(DisclaimerConsent.Gate("/plan")) : Page();
    }

    /// <summary>Arriving from the screening page: screen again, then offer the builder with its defaults.</summary>
    public async Task<IActionResult> OnPostStartAsync()
    {
        if (await DisclaimerConsent.AcceptedAt(HttpContext, db) is null)
        {
            return Redirect(DisclaimerConsent.Gate("/plan"));
        }

        await Rescreen();
        if (Screening?.AllowsSession == true)
        {
            Input = PlanInput.Defaults(Protocol, Screening.LegsCleared);
        }

        return Page();
    }

    /// <summary>The builder's form: screen again, check the fields, plan.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await DisclaimerConsent.AcceptedAt(HttpContext, db) is null)
        {
            return Redirect(DisclaimerConsent.Gate("/plan"));
        }

        await Rescreen();
        Input = PlanInput.Read(Request.Form);
        if (Screening?.AllowsSession != true)
        {
            return Page();
        }

        if (Input.Validate(Protocol, PlanBody.MaxMinutesPerCalf, Errors) is not { } request)
        {
            return Page();
        }

        var result = Planner.Plan(Protocol, Screening, request);
        if (result.IsPlanned)
        {
            Plan = result.Plan;
            Timeline = TimelineBuilder.Build(Protocol, result.Plan);
            return Page();
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
        return Page();
    }

    /// <summary>
    /// Screens the carried answers for the carried legs, the way the screening page did, but without keeping a
    /// screening event: the person's screening was already kept when they answered.
    /// </summary>
    private async Task Rescreen()
    {
        Answers = AnswerForm.Read(Request.Form);
        Screened = AnswerForm.ParseLegs(Request.Form["screened"]);
        (Screening, _) = await ScreeningApi.Run(Questionnaire, db, HttpContext, Answers.ToApi(), Screened, time.GetUtcNow(), record: false);
        ViewData[Layouts.Focus] = Screening?.Verdict is Verdict.Emergency or Verdict.SeekCare;
    }
}
