using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Screening;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// The person's safety history: the stops that stand and the clearances recorded (GET), and recording that a
/// professional has seen them (POST, <see cref="ClearanceSheet"/>). Without an account a client keeps its own and
/// sends it with each screening (<see cref="KeptHistory"/>).
/// </summary>
public static class ClearanceApi
{
    public static IEndpointRouteBuilder MapClearanceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/safety").RequireAuthorization();
        group.MapGet("/", Get).WithName("GetSafetyHistory");
        group.MapPost("/clearances", Record).WithName("RecordClearance")
            .WithSummary("Records that a professional saw the person about the named stops; the next screening decides what it lifts.");
        return app;
    }

    private static async Task<Ok<object>> Get(SafetyHistories histories, Questionnaire questionnaire, CurrentAccount account, TimeProvider time)
    {
        var history = await histories.Of(account.Required);
        return TypedResults.Ok<object>(new
        {
            standing = CarriedStops.Unanswered(questionnaire, history, time.GetUtcNow()),
            history.Clearances,
        });
    }

    private static async Task<Results<Created<Clearance>, ProblemHttpResult>> Record(ClearanceBody body, SafetyHistories histories, CurrentAccount account, TimeProvider time)
    {
        var recorded = await histories.RecordOwn(account.Required, new ClearanceSheet(body.Who, body.SeenOn, body.Reasons ?? []), time.GetUtcNow());
        return recorded.IsValid ? TypedResults.Created("/api/safety", recorded.Value) : Problems.Invalid(recorded.Problems);
    }
}
