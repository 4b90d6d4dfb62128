using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Planning;
using Soleus.Web.Features.Screening;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// Before a session, on one page: which calves, the safety questions (for exactly the calves chosen), how each calf
/// feels now, and the session's choices, folded away: the last plan's for a signed-in person ("Same as last time"), else
/// sensible defaults. The answers are judged by the screening
/// use case and kept, and the verdict decides what comes back: nothing but the advice for an emergency, the reasons
/// for professional-first, and for proceed or avoid-area (with a leg left to massage) the plan itself, ready for the
/// player.
/// </summary>
[RequiresDisclaimer]
public sealed class ScreeningModel(Protocol protocol, Questionnaire questionnaire, Screenings screenings, Plans plans, AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>True when the health-profile questions are asked on this page (no current stored profile).</summary>
    public bool AskProfile { get; private set; }

    public bool SignedIn => account.SignedIn;

    /// <summary>The answers and choices sent, judged and planned; null before they are sent.</summary>
    public PlanForm? Form { get; private set; }

    /// <summary>The choices of the signed-in person's last plan, offered again; null when there is none.</summary>
    public PlanInput? LastPlan { get; private set; }

    /// <summary>The calves and choices the form shows: the ones sent, else the last plan's, else the defaults.</summary>
    public PlanInput Input => Form?.Input ?? LastPlan ?? PlanInput.Defaults(protocol);

    public FormErrors Errors => Form?.Errors ?? new();

    /// <summary>The answers to show chosen: the ones sent, or none.</summary>
    public IReadOnlyDictionary<string, string> Values => Form?.Answers.Fields ?? new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        AskProfile = await screenings.AsksProfile(account.Id, time.GetUtcNow());
        if (account.Id is { } id && await plans.Last(id) is { } last)
        {
            LastPlan = PlanInput.From(last);
        }
    }

    public async Task OnPostAsync()
    {
        var now = time.GetUtcNow();
        if (account.Id is { } id)
        {
            await accounts.KeepTimeZone(id, Request.Form[LocalClock.Field]);
        }

        AskProfile = await screenings.AsksProfile(account.Id, now);
        Form = await PlanForm.Build(Request.Form, plans, account, now, answeredNow: true);
        ViewData[Layouts.Focus] = Form.Screening?.Verdict is Verdict.Emergency;
    }
}
