using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// A linked clinician's clearances for a person (<see cref="PatientClearances"/>): the reasons that stand and the
/// clearances kept (GET), recording one (POST) and ending one early (DELETE). A person not linked with the clinician
/// is a 404, as in the clinician's view.
/// </summary>
public static class PatientClearanceApi
{
    public static IEndpointRouteBuilder MapPatientClearanceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practice/patients/{id:guid}/clearances").RequireAuthorization();
        group.MapGet("/", Get).WithName("GetPatientClearances");
        group.MapPost("/", Record).WithName("RecordPatientClearance")
            .WithSummary("Records a clinician's clearance of professional-first reasons, with the legs, tools and minutes it allows and until when.");
        group.MapDelete("/{clearanceId:long}", End).WithName("EndPatientClearance").WithSummary("Ends a clinician's clearance now.");
        return app;
    }

    private static async Task<Results<Ok<ClearancesOfPatient>, NotFound>> Get(Guid id, PatientClearances clearances, CurrentAccount account, TimeProvider time) =>
        await clearances.Of(account.Required, id, time.GetUtcNow()) is { } of ? TypedResults.Ok(of) : TypedResults.NotFound();

    private static async Task<Results<Created<PatientClearance>, ProblemHttpResult, NotFound>> Record(
        Guid id, PatientClearanceBody body, PatientClearances clearances, CurrentAccount account, TimeProvider time)
    {
        var sheet = new ClinicianClearanceSheet(body.Reasons ?? [], body.Legs ?? [], body.Tools, body.MinutesCap, body.ValidUntil, body.Note);
        return await clearances.Record(account.Required, id, sheet, time.GetUtcNow(), account.Origin) switch
        {
            null => TypedResults.NotFound(),
            { Value: { } kept } => TypedResults.Created($"/api/practice/patients/{id}/clearances", kept),
            var refused => Problems.Invalid(refused.Problems),
        };
    }

    private static async Task<Results<NoContent, NotFound>> End(Guid id, long clearanceId, PatientClearances clearances, CurrentAccount account, TimeProvider time) =>
        await clearances.End(account.Required, id, clearanceId, time.GetUtcNow(), account.Origin) ? TypedResults.NoContent() : TypedResults.NotFound();
}
