using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Data;

namespace Soleus.Web.Api;

public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/plans", Create).WithName("CreatePlan")
            .WithSummary("Screens, plans and expands the plan into timed cues; works without an account.");
        return app;
    }

    private static async Task<Results<Ok<PlannedSession>, ProblemHttpResult>> Create(HttpRequest request, Protocol protocol, Questionnaire questionnaire, SoleusDb db, TimeProvider time)
    {
        var (body, problem) = await JsonBody.Read<PlanBody>(request);
        if (body is null)
        {
            return problem!;
        }

        if (body.MinutesPerCalf is < 1 or > PlanBody.MaxMinutesPerCalf)
        {
            return Problems.Invalid("minutesPerCalf", $"Minutes per calf: a whole number from 1 to {PlanBody.MaxMinutesPerCalf} (the method itself uses {protocol.MinutesPerCalf.Min} to {protocol.MinutesPerCalf.Max}).");
        }

        var (screening, errors) = await ScreeningApi.Run(questionnaire, db, request.HttpContext, body.Answers, body.Legs, time.GetUtcNow());
        if (screening is null)
        {
            return Problems.Invalid(errors);
        }

        var planRequest = new PlanRequest(body.Legs, body.Equipment, body.MinutesPerCalf, body.Emphasis, body.Activities ?? [], body.Position, body.HandsTired);
        var result = Planner.Plan(protocol, screening, planRequest);
        if (!result.IsPlanned)
        {
            return Refusal(result.Refusal, screening);
        }

        return TypedResults.Ok(PlannedSession.From(protocol, screening, result.Plan, TimelineBuilder.Build(protocol, result.Plan)));
    }

    private static ProblemHttpResult Refusal(PlanRefusal refusal, ScreeningResult screening) => refusal.Kind switch
    {
        PlanRefusalKind.InvalidRequest => Problems.Invalid(refusal.Field!, refusal.Message),
        PlanRefusalKind.TooLittleTime => Problems.Refused("Not enough time for the four layers.", refusal.Message, new Dictionary<string, object?>
        {
            ["minutesNeeded"] = refusal.MinutesNeeded,
            ["errors"] = new Dictionary<string, string[]> { [refusal.Field!] = [refusal.Message] },
        }),
        PlanRefusalKind.Screening => Problems.Refused("The screening does not allow a session.", refusal.Message, new Dictionary<string, object?>
        {
            ["verdict"] = screening.Verdict,
            ["screening"] = screening,
        }),
    };
}
