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
    public AnswerForm? Answers => Form?.Answers;

    /// <summary>The legs the answers were given for.</summary>
    public IReadOnlyList<Leg> Screened => Form?.Screened ?? [];

    /// <summary>The screening of the carried answers, done again by this page; null when they are incomplete.</summary>
    public ScreeningResult? Screening => Form?.Screening;

    public PlanInput Input => Form?.Input ?? new();

    public FormErrors Errors => Form?.Errors ?? new();

    public Plan? Plan => Form?.Plan;

    public Timeline? Timeline => Form?.Timeline;

    /// <summary>The posted form, screened again; null on a plain visit.</summary>
    public PlanForm? Form { get; private set; }

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
        Form!.OfferDefaults(Protocol);
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
        Form!.TryPlan(Protocol, Request.Form);
        return Page();
    }

    /// <summary>Screens the carried answers again (<see cref="PlanForm.Rescreen"/>); an emergency or seek-care verdict shows nothing but its advice.</summary>
    private async Task Rescreen()
    {
        Form = await PlanForm.Rescreen(Request.Form, Questionnaire, db, HttpContext, time.GetUtcNow());
        ViewData[Layouts.Focus] = Screening?.Verdict is Verdict.Emergency or Verdict.SeekCare;
    }
}
