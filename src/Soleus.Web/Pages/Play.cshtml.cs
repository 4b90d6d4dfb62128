using System.Text.Json;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Planning;
using Soleus.Web.Hosting;

namespace Soleus.Web.Pages;

/// <summary>
/// The guided player. A POST carries the plan form on from /plan: the answers are judged again and the session is
/// planned again here (<see cref="PlanForm"/>, the plan page's own path), so the player never plays a plan that the
/// screening would not give; a blocking verdict shows its advice and no player. The page hands the player everything
/// it plays as one JSON data block (not script). A GET shows the player with no plan of its own: it resumes a
/// session kept in this browser, if there is one.
/// </summary>
[RequiresDisclaimer]
public sealed class PlayModel(Protocol protocol, Questionnaire questionnaire, Plans plans, CurrentAccount account, TimeProvider time, IOptions<HttpJsonOptions> json) : PageModel
{
    public Protocol Protocol { get; } = protocol;

    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>The posted plan form, judged and planned again; null on a GET.</summary>
    public PlanForm? Form { get; private set; }

    /// <summary>The <see cref="PlayerData"/> as JSON, when the form gave a plan.</summary>
    public string? PlayerJson { get; private set; }

    public bool SignedIn => account.SignedIn;

    /// <summary>True when the player is shown: on a GET, or when the form gave a plan.</summary>
    public bool ShowsPlayer => Form is null || PlayerJson is not null;

    /// <summary>Every root-cause question with its guidance, as the finish form offers them.</summary>
    public IReadOnlyList<RootCauseGuidance> RootCauseQuestions { get; } =
        RootCauses.For(questionnaire, questionnaire.RootCauses.ToDictionary(g => g.Id, _ => Answer.Yes));

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        Form = await PlanForm.Build(Request.Form, plans, account, time.GetUtcNow(), answeredNow: false);
        ViewData[Layouts.Focus] = Form.Screening?.Verdict is Verdict.Emergency;
        if (Form.Plan is not null)
        {
            PlayerJson = JsonSerializer.Serialize(PlayerData.For(Protocol, Questionnaire, Form, Guid.NewGuid(), SignedIn), json.Value.SerializerOptions);
        }
    }
}
