using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Screening;
using Soleus.Web.Accounts;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages;

/// <summary>The health profile: the questions asked once and kept for <see cref="ProfileRules.ValidMonths"/> months.</summary>
[Authorize]
public sealed class ProfileModel(SoleusDb db, Questionnaire questionnaire, TimeProvider time) : PageModel
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    public HealthProfile? Stored { get; private set; }

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public FormErrors Errors { get; } = new();

    /// <summary>The answers to show checked: the ones just posted, or the stored ones.</summary>
    public Dictionary<string, string> Values { get; } = [];

    public bool Saved { get; private set; }

    public bool Expired => Stored?.IsExpired(Questionnaire.Profile.ValidMonths, Now) == true;

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        Stored = await ProfileApi.Load(db, User.AccountId());
        foreach (var (id, answer) in Stored?.Answers ?? new Dictionary<string, Answer>())
        {
            Values[AnswerForm.Field(id)] = AnswerForm.AnswerValue(answer);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var form = AnswerForm.Read(Request.Form);
        var answers = new Dictionary<string, Answer>();
        foreach (var question in Questionnaire.ProfileQuestions)
        {
            var field = AnswerForm.Field(question.Id);
            if (AnswerForm.ParseAnswer(form.Get(question.Id)) is { } answer)
            {
                answers[question.Id] = answer;
                Values[field] = AnswerForm.AnswerValue(answer);
            }
            else
            {
                Errors.Add(field, "Choose yes, no or not sure.");
            }
        }

        if (Errors.Any)
        {
            Stored = await ProfileApi.Load(db, User.AccountId());
            return Page();
        }

        await ProfileApi.Save(db, User.AccountId(), answers, time.GetUtcNow());
        return LocalRedirect("/profile?saved=true");
    }
}
