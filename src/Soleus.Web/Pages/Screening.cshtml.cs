using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Planning;
using Soleus.Web.Features.Practice;
using Soleus.Web.Features.Screening;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// Before a session, on one page: which calves, the safety questions (for exactly the calves chosen), how each calf
/// feels now, and the session's choices, folded away: the plan a linked clinician set (saying who and when), else the
/// last plan's for a signed-in person ("Same as last time"), else sensible defaults. A clinician's plan only fills in
/// the choices: the questions come first as for everyone. The answers are judged by the screening
/// use case and kept, and the verdict decides what comes back: nothing but the advice for an emergency, the reasons
/// for professional-first, and for proceed or avoid-area (with a leg left to massage) the plan itself, ready for the
/// player.
/// </summary>
[RequiresDisclaimer]
public sealed class ScreeningModel(Protocol protocol, Questionnaire questionnaire, Screenings screenings, Plans plans, AssignedPlans assigned, AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>True when the health-profile questions are asked on this page (no current stored profile).</summary>
    public bool AskProfile { get; private set; }

    public bool SignedIn => account.SignedIn;

    /// <summary>The answers and choices sent, judged and planned; null before they are sent.</summary>
    public PlanForm? Form { get; private set; }

    /// <summary>The choices offered again to a signed-in person: their clinician's plan, else their last plan's; null when neither is there.</summary>
    public PlanInput? Offered { get; private set; }

    /// <summary>The plan a linked clinician set, which the choices start from; null when none applies.</summary>
    public AssignedPlanNote? Assigned { get; private set; }

    /// <summary>The calves and choices the form shows: the ones sent, else the clinician's plan, else the last plan's, else the defaults.</summary>
    public PlanInput Input => Form?.Input ?? Offered ?? PlanInput.Defaults(protocol);

    public FormErrors Errors => Form?.Errors ?? new();

    /// <summary>The answers to show chosen: the ones sent, or none.</summary>
    public IReadOnlyDictionary<string, string> Values => Form?.Answers.Fields ?? new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        AskProfile = await screenings.AsksProfile(account.Id, time.GetUtcNow());
        if (account.Id is not { } id)
        {
            return;
        }

        await FindAssigned(id);
        if ((Assigned?.Plan.Choices ?? await plans.Last(id)) is { } choices)
        {
            Offered = PlanInput.From(choices);
        }
    }

    public async Task OnPostAsync()
    {
        var now = time.GetUtcNow();
        if (account.Id is { } id)
        {
            await accounts.KeepTimeZone(id, Request.Form[LocalClock.Field]);
            await FindAssigned(id);
        }

        AskProfile = await screenings.AsksProfile(account.Id, now);
        Form = await PlanForm.Build(Request.Form, plans, account, now, answeredNow: true);
        ViewData[Layouts.Focus] = Form.Screening?.Verdict is Verdict.Emergency;
        ViewData[AssignedPlanNote.Key] = Assigned;
    }

    private async Task FindAssigned(Guid id)
    {
        if (await assigned.Of(id) is { } plan)
        {
            Assigned = new(plan, new LocalClock(await accounts.TimeZone(id)));
        }
    }
}
