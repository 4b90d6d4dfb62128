using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Web.Accounts;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages;

/// <summary>The person's sessions of the last year, a tightness chart per leg, the recent tender spots and the referral advice.</summary>
[Authorize]
public sealed class HistoryModel(SoleusDb db, Questionnaire questionnaire, TimeProvider time) : PageModel
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    public IReadOnlyList<SessionRecord> Sessions { get; private set; } = [];

    public ProgressReport Report { get; private set; } = new(0, [], [], []);

    public async Task OnGetAsync()
    {
        var now = time.GetUtcNow();
        var records = await ProgressApi.Records(db, User.AccountId(), now);
        Report = ProgressApi.Report(Questionnaire, records, now);
        Sessions = [.. records.OrderByDescending(r => r.StartedAt)];
    }
}
