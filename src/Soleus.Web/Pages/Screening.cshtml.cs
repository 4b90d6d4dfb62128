using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Accounts;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages;

/// <summary>
/// The safety questions before a session, in two steps: which legs (a GET form, so the per-leg questions can be
/// asked for exactly those legs), then the questions. The verdict decides what the page offers next: nothing but
/// the advice for emergency and seek-care, the reasons for professional-first, and a way on to the plan builder
/// only for proceed and for avoid-area with a leg left to massage.
/// </summary>
public sealed class ScreeningModel(SoleusDb db, Questionnaire questionnaire, TimeProvider time) : PageModel
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>The legs chosen in the first step (from the query, or posted with the answers).</summary>
    public IReadOnlyList<Leg> Legs { get; private set; } = [];

    /// <summary>True once the leg form was sent, so an empty choice is an error rather than a first visit.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Chosen { get; set; }

    /// <summary>True when the health-profile questions are asked on this page (no valid stored profile).</summary>
    public bool AskProfile { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public FormErrors Errors { get; } = new();

    public AnswerForm? Answers { get; private set; }

    public ScreeningResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await DisclaimerConsent.AcceptedAt(HttpContext, db) is null)
        {
            return Redirect(DisclaimerConsent.Gate("/screening"));
        }

        Legs = AnswerForm.ParseLegs(Request.Query["legs"]);
        if (Chosen && Legs.Count == 0)
        {
            Errors.Add("legs", "Choose at least one leg.");
        }

        AskProfile = await NeedsProfile();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await DisclaimerConsent.AcceptedAt(HttpContext, db) is null)
        {
            return Redirect(DisclaimerConsent.Gate("/screening"));
        }

        Legs = AnswerForm.ParseLegs(Request.Form["legs"]);
        AskProfile = await NeedsProfile();
        Answers = AnswerForm.Read(Request.Form);
        if (Legs.Count == 0)
        {
            Errors.Add("legs", "Choose at least one leg.");
            return Page();
        }

        foreach (var (field, _) in Groups())
        {
            if (AnswerForm.ParseAnswer(Answers.Fields.GetValueOrDefault(field)) is null)
            {
                Errors.Add(field, "Choose yes, no or not sure.");
            }
        }

        if (Errors.Any)
        {
            return Page();
        }

        var now = time.GetUtcNow();
        if (SignedIn && AskProfile && Answers.ProfileAnswers(Questionnaire) is { } profile)
        {
            await ProfileApi.Save(db, User.AccountId(), profile, now);
        }

        var (result, problems) = await ScreeningApi.Run(Questionnaire, db, HttpContext, Answers.ToApi(), Legs, now);
        if (result is null)
        {
            foreach (var (field, messages) in problems)
            {
                Errors.Add(field, messages[0]);
            }

            return Page();
        }

        Result = result;
        ViewData[Layouts.Focus] = result.Verdict is Verdict.Emergency or Verdict.SeekCare;
        return Page();
    }

    /// <summary>Every radio group the form asks, by field name, with its question, in the questionnaire's order.</summary>
    public IEnumerable<(string Field, string Text)> Groups()
    {
        foreach (var question in Questionnaire.SessionQuestions)
        {
            if (question.PerLeg)
            {
                foreach (var leg in Legs)
                {
                    yield return (AnswerForm.Field(question.Id, leg), question.Text);
                }
            }
            else
            {
                yield return (AnswerForm.Field(question.Id), question.Text);
            }
        }

        if (AskProfile)
        {
            foreach (var question in Questionnaire.ProfileQuestions)
            {
                yield return (AnswerForm.Field(question.Id), question.Text);
            }
        }
        else
        {
            yield return (AnswerForm.Field(Screener.ProfileChangedId), Questionnaire.Profile.ChangedQuestion);
        }
    }

    private async Task<bool> NeedsProfile()
    {
        if (!SignedIn)
        {
            return true;
        }

        var stored = await ProfileApi.Load(db, User.AccountId());
        return stored is null || stored.IsExpired(Questionnaire.Profile.ValidMonths, time.GetUtcNow());
    }
}
