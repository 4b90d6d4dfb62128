using System.Text.Json;
using Soleus.Domain.Checks;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Data;
using Soleus.Web.Features.Profile;
using Soleus.Web.Features.Progress;

namespace Soleus.Web.Features.Screening;

/// <summary>
/// The screening before a session, the same through the page and the API: the answers are read by the domain's
/// rule book, judged with the person's health profile, their safety history (<see cref="CarriedStops"/>) and (signed
/// in) the referrals their history raises. Signed in, the safety history is the server's, with any stop the browser
/// also sent added and the browser's clearances ignored; without an account it is the browser's. When a
/// signed-in person answers, the health answers they gave become their profile, and a screening that did not simply
/// proceed is kept for their summary (one that stops the session is audited too). Judging carried answers again,
/// as the plan and player pages do before they plan, keeps nothing.
/// </summary>
public sealed class Screenings(SoleusDb db, Questionnaire questionnaire, Profiles profiles, ProgressReports progress, SafetyHistories histories)
{
    /// <summary>Judges answers the person has just given, and keeps what a screening keeps.</summary>
    public Task<Checked<ScreeningResult>> Screen(AnswerSheet sheet, Guid? accountId, DateTimeOffset now, RequestOrigin origin) =>
        Judge(sheet, accountId, now, origin);

    /// <summary>Judges again answers that were judged and kept before (carried by a form), keeping nothing.</summary>
    public Task<Checked<ScreeningResult>> Rejudge(AnswerSheet sheet, Guid? accountId, DateTimeOffset now) =>
        Judge(sheet, accountId, now, origin: null);

    /// <summary>True when this screening must ask the health questions: no profile, or an expired one.</summary>
    public async Task<bool> AsksProfile(Guid? accountId, DateTimeOffset now) =>
        profiles.NeedsAnswers(accountId is { } id ? await profiles.Load(id) : null, now);

    private async Task<Checked<ScreeningResult>> Judge(AnswerSheet sheet, Guid? accountId, DateTimeOffset now, RequestOrigin? origin)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var stored = accountId is { } id ? await profiles.Load(id) : null;
        var input = sheet.Read(questionnaire, stored, now);
        if (!input.IsValid)
        {
            return Checked.Invalid<ScreeningResult>(input.Problems);
        }

        IReadOnlyList<Referral> referrals = [];
        var history = input.Value.Kept;
        if (accountId is { } account)
        {
            referrals = ReferralRules.Evaluate(questionnaire, await progress.Records(account, now), now);
            history = (await histories.Of(account)).WithBrowsers(history);
        }

        var result = Screener.Screen(questionnaire, input.Value.Answers, input.Value.Legs, input.Value.Profile, now, referrals, history);
        if (origin is not null && accountId is { } person)
        {
            await Keep(person, input.Value, result, now, origin);
        }

        return Checked.Valid(result);
    }

    private async Task Keep(Guid accountId, ScreeningInput input, ScreeningResult result, DateTimeOffset now, RequestOrigin origin)
    {
        if (input.NewProfile is { } profile)
        {
            await profiles.Keep(accountId, profile);
        }

        if (result.Verdict == Verdict.Proceed)
        {
            return;
        }

        db.ScreeningEvents.Add(new ScreeningEvent
        {
            AccountId = accountId,
            At = now,
            Verdict = WireNames.Name(result.Verdict),
            Reasons = JsonSerializer.Serialize(result.Reasons, ProtocolJson.Options),
        });
        if (!result.AllowsSession)
        {
            Audit.Add(db, Audit.ScreeningStopped, accountId, null, origin.Address, now);
        }

        await db.SaveChangesAsync();
    }
}
