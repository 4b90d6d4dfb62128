using System.Text.Json;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Pages;

/// <summary>
/// The guided player. A POST carries the plan form on from /plan: the answers are screened again and the session is
/// planned again here (<see cref="PlanForm"/>, the plan page's own path), so the player never plays a plan that the
/// screening would not give; a blocking verdict shows its advice and no player. The page hands the planned session
/// and the player's texts over as JSON data blocks (not script). A GET shows the player with no plan of its own:
/// it resumes a session kept in this browser, if there is one.
/// </summary>
public sealed class PlayModel(SoleusDb db, Protocol protocol, Questionnaire questionnaire, TimeProvider time, IOptions<HttpJsonOptions> json) : PageModel
{
    public Protocol Protocol { get; } = protocol;

    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>The posted plan form, screened and planned again; null on a GET.</summary>
    public PlanForm? Form { get; private set; }

    /// <summary>The planned session as JSON (the shape of POST /api/plans), when the form gave a plan.</summary>
    public string? SessionJson { get; private set; }

    /// <summary>The <see cref="PlayerData"/> as JSON, when the form gave a plan.</summary>
    public string? PlayerJson { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>True when the player is shown: on a GET, or when the form gave a plan.</summary>
    public bool ShowsPlayer => Form is null || SessionJson is not null;

    /// <summary>Every root-cause question with its guidance, as the finish form offers them.</summary>
    public IReadOnlyList<RootCauseGuidance> RootCauseQuestions { get; } =
        RootCauses.For(questionnaire, questionnaire.RootCauses.ToDictionary(g => g.Id, _ => Answer.Yes));

    public async Task<IActionResult> OnGetAsync()
    {
        return await DisclaimerConsent.AcceptedAt(HttpContext, db) is null ? Redirect(DisclaimerConsent.Gate("/play")) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await DisclaimerConsent.AcceptedAt(HttpContext, db) is null)
        {
            return Redirect(DisclaimerConsent.Gate("/plan"));
        }

        Form = await PlanForm.Rescreen(Request.Form, Questionnaire, db, HttpContext, time.GetUtcNow());
        ViewData[Layouts.Focus] = Form.Screening?.Verdict is Verdict.Emergency or Verdict.SeekCare;
        if (Form.TryPlan(Protocol, Request.Form))
        {
            var options = json.Value.SerializerOptions;
            SessionJson = JsonSerializer.Serialize(PlannedSession.From(Protocol, Form.Screening!, Form.Plan!, Form.Timeline!), options);
            PlayerJson = JsonSerializer.Serialize(PlayerData.For(Protocol, Questionnaire, Form, Guid.NewGuid(), SignedIn), options);
        }

        return Page();
    }
}
