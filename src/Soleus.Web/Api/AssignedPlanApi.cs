using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Planning;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// Assigned plans: a linked clinician reads, sets (replacing any before) and clears a person's plan, 404 unless linked;
/// the person reads the plan that applies to them, 404 when none does.
/// </summary>
public static class AssignedPlanApi
{
    public static IEndpointRouteBuilder MapAssignedPlanApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practice/patients/{id:guid}/plan").RequireAuthorization();
        group.MapGet("/", Get).WithName("GetAssignedPlan");
        group.MapPut("/", Set).WithName("SetAssignedPlan").WithSummary("Sets the person's plan and sessions a week, replacing the one before.");
        group.MapDelete("/", Clear).WithName("ClearAssignedPlan");
        app.MapGet("/api/account/assigned-plan", Mine).WithName("GetMyAssignedPlan").RequireAuthorization()
            .WithSummary("The plan a linked clinician set for you, while the link stands.");
        return app;
    }

    private static async Task<Results<Ok<PlanFromClinician>, NotFound>> Get(Guid id, AssignedPlans plans, CurrentAccount account) =>
        await plans.ForClinician(account.Required, id) is (true, { } plan) ? TypedResults.Ok(plan) : TypedResults.NotFound();

    private static async Task<Results<Ok<PlanFromClinician>, ProblemHttpResult, NotFound>> Set(Guid id, AssignedPlanBody body, AssignedPlans plans, CurrentAccount account, TimeProvider time)
    {
        var choices = new PlanChoices(body.Legs, body.Equipment, body.MinutesPerCalf, body.Emphasis, body.Activities ?? [], body.Position, body.HandsTired);
        return await plans.Set(account.Required, id, choices, body.SessionsAWeek, time.GetUtcNow(), account.Origin) switch
        {
            null => TypedResults.NotFound(),
            { IsValid: true } set => TypedResults.Ok(set.Value),
            var refused => Problems.Invalid(refused.Problems),
        };
    }

    private static async Task<Results<NoContent, NotFound>> Clear(Guid id, AssignedPlans plans, CurrentAccount account, TimeProvider time) =>
        await plans.Clear(account.Required, id, time.GetUtcNow(), account.Origin) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<PlanFromClinician>, NotFound>> Mine(AssignedPlans plans, CurrentAccount account) =>
        await plans.Of(account.Required) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();
}
