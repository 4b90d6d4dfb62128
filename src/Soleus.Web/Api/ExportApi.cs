using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;
using Hl7.Fhir.Serialization;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Export;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// Everything Soleus holds about the signed-in person, to take away: JSON whole, the sessions as CSV, or a FHIR R4
/// Bundle; and the same Bundle of a linked person for their clinician (404 unless linked, as the clinician's view).
/// </summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/account/export", Export).RequireAuthorization().WithName("ExportAccount")
            .WithSummary("format=json (default): account, profile, sessions and screenings; format=csv: one row per session and leg; format=fhir: a FHIR R4 Bundle (application/fhir+json).");
        app.MapGet("/api/practice/patients/{id:guid}/export", ExportPatient).RequireAuthorization().WithName("ExportPatient")
            .WithSummary("A linked person's records as a FHIR R4 Bundle (application/fhir+json), for their clinician.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        AccountExport export, CurrentAccount account, Questionnaire questionnaire, HttpRequest request, TimeProvider time, string? format)
    {
        if (format is not (null or "json" or "csv" or "fhir"))
        {
            return Problems.Invalid("format", "Expected \"json\", \"csv\" or \"fhir\".");
        }

        var person = account.Required;
        var everything = await export.Gather(person, format ?? "json", time.GetUtcNow(), account.Origin);
        var stamp = Stamp(everything);
        return format switch
        {
            "csv" => TypedResults.File(Encoding.UTF8.GetBytes(Csv(everything.Sessions)), "text/csv; charset=utf-8", $"soleus-sessions-{stamp}.csv"),
            "fhir" => Fhir(person, everything, questionnaire, request),
            _ => TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(everything, ProtocolJson.Options), "application/json", $"soleus-{stamp}.json"),
        };
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportPatient(
        Guid id, PatientExport export, CurrentAccount account, Questionnaire questionnaire, HttpRequest request, TimeProvider time) =>
        await export.Gather(account.Required, id, time.GetUtcNow(), account.Origin) is { } everything
            ? Fhir(id, everything, questionnaire, request)
            : TypedResults.NotFound();

    private static FileContentHttpResult Fhir(Guid personId, Everything everything, Questionnaire questionnaire, HttpRequest request) => TypedResults.File(
        Encoding.UTF8.GetBytes(FhirBundle.From(personId, everything, questionnaire, AppAddress.Of(request)).ToJson()),
        "application/fhir+json; charset=utf-8",
        $"soleus-fhir-{Stamp(everything)}.json");

    private static string Stamp(Everything everything) => everything.ExportedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Csv(IEnumerable<SessionReport> sessions)
    {
        var csv = new StringBuilder("clientId,startedAt,endedAt,leg,tightnessBefore,painBefore,tightnessAfter,painAfter,stopReason,tenderSpots,notes\r\n");
        foreach (var session in sessions)
        {
            foreach (var rating in session.Ratings)
            {
                var spots = string.Join(' ', (session.TenderSpots ?? []).Where(s => s.Leg == rating.Leg).Select(s => $"{WireNames.Name(s.Zone)}-{WireNames.Name(s.Lane)}"));
                string?[] cells =
                [
                    session.ClientId.ToString(), Instant(session.StartedAt), Instant(session.EndedAt), WireNames.Name(rating.Leg),
                    Number(rating.TightnessBefore), Number(rating.PainBefore), Number(rating.TightnessAfter), Number(rating.PainAfter),
                    session.StopReason is { } reason ? WireNames.Name(reason) : "", spots, session.Notes,
                ];
                csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>
    /// Quotes every cell, doubles quotes, and defuses text a spreadsheet would run as a formula: one that begins with a
    /// tab or a carriage return, or whose first character after any white space is = + - @ or |.
    /// </summary>
    private static string Cell(string? value)
    {
        var text = value ?? "";
        var first = text.FirstOrDefault(c => !char.IsWhiteSpace(c));
        if ((text.Length > 0 && text[0] is '\t' or '\r') || first is '=' or '+' or '-' or '@' or '|')
        {
            text = "'" + text;
        }

        return $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
