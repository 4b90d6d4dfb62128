using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Planning;
using Soleus.Web.Features.Screening;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// The plan builder. It never trusts a verdict from the form: every POST has the carried answers judged again
/// (<see cref="PlanForm"/>), and only that screening reaches the planner. A form whose answers hold a red flag, or
/// that asks for a leg the screening did not clear, cannot come out with a plan for it.
/// </summary>
[RequiresDisclaimer]
public sealed class PlanModel(Protocol protocol, Questionnaire questionnaire, Screenings screenings, Plans plans, CurrentAccount account, TimeProvider time) : PageModel
{
    public Protocol Protocol { get; } = protocol;

    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>The posted form, judged and planned again; null on a plain visit.</summary>
    public PlanForm? Form { get; private set; }

    public ScreeningResult? Screening => Form?.Screening;

    public PlanInput Input => Form?.Input ?? new();

    public FormErrors Errors => Form?.Errors ?? new();

    public Plan? Plan => Form?.Plan;

    public Timeline? Timeline => Form?.Timeline;

    public bool SignedIn => account.SignedIn;

    /// <summary>The screening reasons that keep a leg out of the session.</summary>
    public IEnumerable<ScreeningReason> LeftOut => Screening is null
        ? []
        : Screening.Reasons.Where(r => r.Leg is { } leg && !Screening.LegsCleared.Contains(leg));

    public void OnGet()
    {
    }

    /// <summary>Arriving from the screening page: judge again, then offer the builder with its defaults.</summary>
    public async Task OnPostStartAsync() => Show(await PlanForm.Start(Request.Form, screenings, Protocol, account, time.GetUtcNow()));

    /// <summary>The builder's form: judge again, check the fields, plan.</summary>
    public async Task OnPostAsync() => Show(await PlanForm.Build(Request.Form, plans, account, time.GetUtcNow()));

    /// <summary>An emergency verdict shows nothing but its advice.</summary>
    private void Show(PlanForm form)
    {
        Form = form;
        ViewData[Layouts.Focus] = form.Screening?.Verdict is Verdict.Emergency;
    }
}
