using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Protocols;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

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

    private static async Task<Results<Created<SessionBody>, Ok<SessionBody>, ProblemHttpResult>> Save(HttpRequest request, SoleusDb db, Protocol protocol, TimeProvider time)
    {
        var (body, problem) = await JsonBody.Read<SessionBody>(request);
        if (body is null)
        {
            return problem!;
        }

        var now = time.GetUtcNow();
        var errors = body.Problems(protocol, now);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var accountId = request.HttpContext.User.AccountId();
        if (await Find(db, accountId, body.ClientId) is { } existing)
        {
            return TypedResults.Ok(existing.ToBody());
        }

        db.Sessions.Add(StoredSessions.From(body, accountId, now));
        if (body.ToRecord().SafetyStop)
        {
            Audit.Add(db, request.HttpContext, Audit.SafetyStop, accountId, ProtocolJson.Name(body.StopReason!.Value), now);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A concurrent retry with the same client id won the unique index: answer with what it stored.
            var raced = await Find(db, accountId, body.ClientId);
            if (raced is null)
            {
                throw;
            }

            return TypedResults.Ok(raced.ToBody());
        }

        return TypedResults.Created($"/api/sessions/{body.ClientId}", body);
    }

    private static async Task<Ok<List<SessionBody>>> List(HttpContext context, SoleusDb db, DateTimeOffset? from, DateTimeOffset? to)
    {
        var accountId = context.User.AccountId();
        var query = db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId);
        if (from is { } start)
        {
            query = query.Where(s => s.StartedAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(s => s.StartedAt < end);
        }

        var rows = await query.OrderByDescending(s => s.StartedAt).ToListAsync();
        return TypedResults.Ok(rows.Select(r => r.ToBody()).ToList());
    }

    /// <summary>One of the person's sessions; another person's id, like an unknown one, is 404 and audited.</summary>
    private static async Task<Results<Ok<SessionBody>, NotFound>> Get(Guid clientId, HttpContext context, SoleusDb db, TimeProvider time)
    {
        var accountId = context.User.AccountId();
        var stored = await Find(db, accountId, clientId);
        if (stored is null)
        {
            Audit.Add(db, context, Audit.AccessRefused, accountId, $"GET /api/sessions/{clientId}", time.GetUtcNow());
            await db.SaveChangesAsync();
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(stored.ToBody());
    }

    private static Task<StoredSession?> Find(SoleusDb db, Guid accountId, Guid clientId) =>
        db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.AccountId == accountId && s.ClientId == clientId);
}
