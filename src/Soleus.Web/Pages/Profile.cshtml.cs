using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Profile;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>The health profile: the questions asked once and kept for <see cref="ProfileRules.ValidMonths"/> months.</summary>
[Authorize]
public sealed class ProfileModel(Questionnaire questionnaire, Profiles profiles, AccountActions accounts, CurrentAccount account, TimeProvider time) : PageModel
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    public HealthProfile? Stored { get; private set; }

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public FormErrors Errors { get; } = new();

    /// <summary>The answers to show checked: the ones just posted, or the stored ones.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public bool Saved { get; private set; }

    /// <summary>True on arriving from creating the account.</summary>
    public bool Welcome { get; private set; }

    /// <summary>The reader's clock, for when the answers were given and when they expire.</summary>
    public LocalClock Clock { get; private set; } = LocalClock.Utc;

    public bool Expired => Stored is not null && profiles.NeedsAnswers(Stored, Now);

    public async Task OnGetAsync(bool saved = false, bool welcome = false)
    {
        (Saved, Welcome) = (saved, welcome);
        Stored = await profiles.Load(account.Required);
        Clock = new(await accounts.TimeZone(account.Required));
        Values = AnswerForm.ProfileFields(Stored);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var form = AnswerForm.Read(Request.Form);
        var saved = await profiles.Answer(account.Required, form.Sheet([]).Answers, Now);
        if (saved.IsValid)
        {
            return LocalRedirect("/profile?saved=true");
        }

        Errors.Add(saved.Problems);
        Values = form.Fields;
        Stored = await profiles.Load(account.Required);
        Clock = new(await accounts.TimeZone(account.Required));
        return Page();
    }
}
