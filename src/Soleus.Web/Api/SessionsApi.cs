using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Sessions;
using Soleus.Web.Features.Sessions;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions").RequireAuthorization();
        group.MapPost("/", Save).WithName("SaveSession").WithSummary("Stores a finished or stopped session; idempotent on clientId.");
        group.MapGet("/", List).WithName("ListSessions");
        group.MapGet("/{clientId:guid}", Get).WithName("GetSession");
        return app;
    }

    private static async Task<Results<Created<SessionReport>, Ok<SessionReport>, ProblemHttpResult>> Save(SessionReport body, SessionLog log, CurrentAccount account, TimeProvider time)
    {
        var saved = await log.Save(body, account.Required, time.GetUtcNow(), account.Origin);
        if (!saved.IsValid)
        {
            return Problems.Invalid(saved.Problems);
        }

        return saved.Value.Created ? TypedResults.Created($"/api/sessions/{body.ClientId}", saved.Value.Report) : TypedResults.Ok(saved.Value.Report);
    }

    private static async Task<Results<Ok<List<SessionReport>>, ProblemHttpResult>> List(SessionLog log, CurrentAccount account, TimeProvider time, DateTimeOffset? from, DateTimeOffset? to)
    {
        var sessions = await log.List(account.Required, from, to, time.GetUtcNow());
        return sessions.IsValid ? TypedResults.Ok(sessions.Value) : Problems.Invalid(sessions.Problems);
    }

    /// <summary>One of the person's sessions; another person's id, like an unknown one, is 404 and audited.</summary>
    private static async Task<Results<Ok<SessionReport>, NotFound>> Get(Guid clientId, SessionLog log, CurrentAccount account, TimeProvider time) =>
        await log.Find(account.Required, clientId, time.GetUtcNow(), account.Origin) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
}
