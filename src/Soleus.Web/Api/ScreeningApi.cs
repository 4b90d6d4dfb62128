using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

namespace Soleus.Web.Api;

public static class ScreeningApi
{
    private static readonly string[] AnswerValues = ["yes", "no", "not-sure"];

    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/screening");
        group.MapGet("/questions", Questions).WithName("GetScreeningQuestions");
        group.MapPost("/", Screen).WithName("Screen").WithSummary("Judges the answers; works without an account.");
        return app;
    }

    private static Ok<object> Questions(Questionnaire questionnaire) => TypedResults.Ok<object>(new
    {
        questionnaire.Id,
        questionnaire.Version,
        questions = questionnaire.Questions.Select(q => new { q.Id, q.Scope, q.PerLeg, q.Text }),
        profileChanged = new { id = Screener.ProfileChangedId, text = questionnaire.Profile.ChangedQuestion },
        answers = AnswerValues,
    });

    private static async Task<Results<Ok<ScreeningResult>, ProblemHttpResult>> Screen(HttpRequest request, Questionnaire questionnaire, SoleusDb db, TimeProvider time)
    {
        var (body, problem) = await JsonBody.Read<ScreeningBody>(request);
        if (body is null)
        {
            return problem!;
        }

        var now = time.GetUtcNow();
        var (result, errors) = await Run(questionnaire, db, request.HttpContext, body.Answers, body.Legs, now);
        return result is null ? Problems.Invalid(errors) : TypedResults.Ok(result);
    }

    /// <summary>
    /// Parses and judges a screening (for a signed-in person, with the referrals their session history raises);
    /// keeps, for a signed-in person, every screening that did not simply proceed
    /// (unless <paramref name="record"/> is false: a page re-judging answers already judged).
    /// Returns the field errors instead when the answers are incomplete or malformed.
    /// </summary>
    public static async Task<(ScreeningResult? Result, Dictionary<string, string[]> Errors)> Run(
        Questionnaire questionnaire, SoleusDb db, HttpContext context, IReadOnlyDictionary<string, JsonElement>? answers, IReadOnlyList<Leg>? legs, DateTimeOffset now, bool record = true)
    {
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        var stored = signedIn ? await ProfileApi.Load(db, user.AccountId()) : null;
        var input = ScreeningInput.Parse(questionnaire, answers, legs, stored, now);
        if (input.Errors.Count > 0)
        {
            return (null, input.Errors);
        }

        var referrals = signedIn ? ReferralRules.Evaluate(questionnaire, await ProgressApi.Records(db, user.AccountId(), now), now) : [];
        var result = Screener.Screen(questionnaire, input.Answers, legs!, input.Profile, now, referrals);
        if (record && signedIn && result.Verdict != Verdict.Proceed)
        {
            db.ScreeningEvents.Add(new ScreeningEvent
            {
                AccountId = user.AccountId(),
                At = now,
                Verdict = ProtocolJson.Name(result.Verdict),
                Reasons = JsonSerializer.Serialize(result.Reasons, ProtocolJson.Options),
            });
            if (!result.AllowsSession)
            {
                Audit.Add(db, context, Audit.ScreeningStopped, user.AccountId(), ProtocolJson.Name(result.Verdict), now);
            }

            await db.SaveChangesAsync();
        }

        return (result, []);
    }
}
