using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Planning;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/plans", Create).WithName("CreatePlan")
            .WithSummary("Screens, plans and expands the plan into timed cues; works without an account.");
        return app;
    }

    private static async Task<Results<Ok<PlannedSession>, ProblemHttpResult>> Create(PlanBody body, Plans plans, Protocol protocol, CurrentAccount account, TimeProvider time)
    {
        var answers = new AnswerSheet(AnswerObject.Flatten(body.Answers), body.Legs, body.History?.GetRawText());
        var choices = new PlanChoices(body.Legs, body.Equipment, body.MinutesPerCalf, body.Emphasis, body.Activities ?? [], body.Position, body.HandsTired);
        var attempt = await plans.Create(answers, choices, account.Id, time.GetUtcNow(), account.Origin, answeredNow: true);
        if (!attempt.IsValid)
        {
            return Problems.Invalid(attempt.Problems);
        }

        var (screening, result, timeline) = attempt.Value;
        return result.IsPlanned ? TypedResults.Ok(PlannedSession.From(protocol, screening, result.Plan, timeline!)) : Refusal(result.Refusal, screening);
    }

    private static ProblemHttpResult Refusal(PlanRefusal refusal, ScreeningResult screening) => refusal.Kind switch
    {
        PlanRefusalKind.InvalidRequest => Problems.Invalid(refusal.Problems),
        PlanRefusalKind.Screening => Problems.Refused("The screening does not allow a session.", refusal.Message, new Dictionary<string, object?>
        {
            ["verdict"] = screening.Verdict,
            ["screening"] = screening,
        }),
    };
}
