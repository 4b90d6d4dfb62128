using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Checks;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Screening;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// The safety questions before a session, in two steps: which legs (a GET form, so the per-leg questions can be
/// asked for exactly those legs), then the questions, judged by the screening use case. The verdict decides what the
/// page offers next: nothing but the advice for an emergency, the reasons for professional-first, and a
/// way on to the plan builder only for proceed and for avoid-area with a leg left to massage.
/// </summary>
[RequiresDisclaimer]
public sealed class ScreeningModel(Questionnaire questionnaire, Screenings screenings, CurrentAccount account, TimeProvider time) : PageModel
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>The legs chosen in the first step (from the query, or posted with the answers).</summary>
    public IReadOnlyList<Leg> Legs { get; private set; } = [];

    /// <summary>True once the leg form was sent, so an empty choice is an error rather than a first visit.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Chosen { get; set; }

    /// <summary>True when the health-profile questions are asked on this page (no current stored profile).</summary>
    public bool AskProfile { get; private set; }

    public bool SignedIn => account.SignedIn;

    public FormErrors Errors { get; } = new();

    public AnswerForm? Answers { get; private set; }

    public ScreeningResult? Result { get; private set; }

    public async Task OnGetAsync()
    {
        var problems = new List<FieldProblem>();
        Legs = Domain.Protocols.Legs.Read("legs", [.. Request.Query["legs"]], problems);
        if (Chosen)
        {
            Errors.Add(problems);
        }

        AskProfile = await screenings.AsksProfile(account.Id, time.GetUtcNow());
    }

    public async Task OnPostAsync()
    {
        var now = time.GetUtcNow();
        string?[] legs = [.. Request.Form["legs"]];
        Legs = Domain.Protocols.Legs.Read("legs", legs, []);
        AskProfile = await screenings.AsksProfile(account.Id, now);
        Answers = AnswerForm.Read(Request.Form);
        var result = await screenings.Screen(Answers.Sheet(legs), account.Id, now, account.Origin);
        if (!result.IsValid)
        {
            Errors.Add(result.Problems);
            return;
        }

        Result = result.Value;
        ViewData[Layouts.Focus] = Result.Verdict is Verdict.Emergency;
    }
}
