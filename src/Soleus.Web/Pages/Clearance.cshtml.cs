using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Web.Features.Screening;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// Recording that a professional has seen you after a safety stop: who, which day, and which stops it answers.
/// Signed in, the server keeps it; without an account the page hands it to this browser, which keeps it with its
/// stops and sends both with each screening. Either way the screening decides what it lifts (<see cref="CarriedStops"/>).
/// </summary>
[RequiresDisclaimer]
public sealed class ClearanceModel(Questionnaire questionnaire, SafetyHistories histories, CurrentAccount account, TimeProvider time) : PageModel
{
    /// <summary>The safety stops a clearance can answer, with their titles.</summary>
    public IReadOnlyList<(string Id, string Title)> Stops { get; } =
        [.. Enum.GetValues<StopReason>().Where(CarriedStops.Carries).Select(r => (CarriedStops.ReasonId(r), SessionCheckIn.For(questionnaire, r).Title))];

    public FormErrors Errors { get; } = new();

    public DateOnly Today { get; } = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The stops standing for a signed-in person, checked on the form.</summary>
    public IReadOnlyList<string> Standing { get; private set; } = [];

    public (string? Who, string? SeenOn, IReadOnlyList<string?> Reasons) Values { get; private set; } = (null, null, []);

    public Clearance? Recorded { get; private set; }

    /// <summary>The clearance as this browser keeps it, when there is no account to keep it.</summary>
    public string? ForBrowser { get; private set; }

    public async Task OnGetAsync()
    {
        if (account.Id is { } id)
        {
            Standing = [.. CarriedStops.Unanswered(questionnaire, await histories.Of(id), time.GetUtcNow()).Select(r => r.QuestionId)];
        }
    }

    public async Task OnPostAsync()
    {
        var now = time.GetUtcNow();
        var sheet = new ClearanceSheet(Request.Form["who"], Request.Form["seenOn"], [.. Request.Form["reasons"]]);
        var read = account.Id is { } id ? await histories.RecordOwn(id, sheet, now) : sheet.Read(now);
        Values = (sheet.Who, sheet.SeenOn, sheet.Reasons);
        Errors.Add(read.Problems);
        Recorded = read.Value;
        if (Recorded is { } clearance && !account.SignedIn)
        {
            ForBrowser = JsonSerializer.Serialize(
                new { who = clearance.Who, seenOn = clearance.SeenOn.ToString("yyyy-MM-dd"), recordedAt = clearance.RecordedAt, reasons = clearance.Reasons },
                ProtocolJson.Options);
        }
    }
}
