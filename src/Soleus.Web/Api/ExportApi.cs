using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Protocols;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

namespace Soleus.Web.Api;

/// <summary>Everything Soleus holds about the signed-in person, to take away: JSON whole, or the sessions as CSV.</summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/account/export", Export).RequireAuthorization().WithName("ExportAccount")
            .WithSummary("format=json (default): account, profile, sessions and screenings; format=csv: one row per session and leg.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(HttpContext context, SoleusDb db, TimeProvider time, string? format)
    {
        if (format is not (null or "json" or "csv"))
        {
            return Problems.Invalid("format", "Expected \"json\" or \"csv\".");
        }

        var now = time.GetUtcNow();
        var accountId = context.User.AccountId();
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId).OrderBy(s => s.StartedAt).ToListAsync())
            .Select(s => s.ToBody()).ToList();
        Audit.Add(db, context, Audit.Export, accountId, format ?? "json", now);
        await db.SaveChangesAsync();
        var stamp = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (format == "csv")
        {
            return TypedResults.File(Encoding.UTF8.GetBytes(Csv(sessions)), "text/csv; charset=utf-8", $"soleus-sessions-{stamp}.csv");
        }

        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
        var profile = await ProfileApi.Load(db, accountId);
        var screenings = await db.ScreeningEvents.AsNoTracking().Where(e => e.AccountId == accountId).OrderBy(e => e.At)
            .Select(e => new { e.At, e.Verdict, e.Reasons }).ToListAsync();
        var everything = new
        {
            ExportedAt = now,
            Account = new { account.Email, account.CreatedAt, account.DisclaimerAcceptedAt },
            Profile = profile,
            Sessions = sessions,
            Screenings = screenings.Select(e => new { e.At, e.Verdict, Reasons = JsonDocument.Parse(e.Reasons).RootElement }),
        };
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(everything, ProtocolJson.Options), "application/json", $"soleus-{stamp}.json");
    }

    private static string Csv(IEnumerable<SessionBody> sessions)
    {
        var csv = new StringBuilder("clientId,startedAt,endedAt,leg,tightnessBefore,painBefore,tightnessAfter,painAfter,stopReason,tenderSpots,notes\r\n");
        foreach (var session in sessions)
        {
            foreach (var rating in session.Ratings)
            {
                var spots = string.Join(' ', (session.TenderSpots ?? []).Where(s => s.Leg == rating.Leg).Select(s => $"{s.Zone}-{s.Lane}".ToLowerInvariant()));
                string?[] cells =
                [
                    session.ClientId.ToString(), Instant(session.StartedAt), Instant(session.EndedAt), ProtocolJson.Name(rating.Leg),
                    Number(rating.TightnessBefore), Number(rating.PainBefore), Number(rating.TightnessAfter), Number(rating.PainAfter),
                    session.StopReason is { } reason ? ProtocolJson.Name(reason) : "", spots, session.Notes,
                ];
                csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>Quotes every cell, doubles quotes, and defuses text a spreadsheet would run as a formula.</summary>
    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
