using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Soleus.Domain.Progress;
using Soleus.Web.Features.Progress;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

public static class ProgressApi
{
    /// <summary>
    /// The JSON of each report written so far. A report stands unchanged for as long as it is handed out again (see
    /// <see cref="RecordsSnapshot"/>), so it is written once; the bytes go when the report goes.
    /// </summary>
    private static readonly ConditionalWeakTable<ProgressReport, byte[]> Written = new();

    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/progress", Get).RequireAuthorization().WithName("GetProgress").Produces<ProgressReport>()
            .WithSummary("Trends per leg over the last year, the tender spots of the last four weeks, and the referral advice.");
        return app;
    }

    private static async Task<FileContentHttpResult> Get(ProgressReports progress, CurrentAccount account, TimeProvider time, IOptions<JsonOptions> json)
    {
        var report = await progress.Report(account.Required, time.GetUtcNow());
        var bytes = Written.GetValue(report, r => JsonSerializer.SerializeToUtf8Bytes(r, json.Value.SerializerOptions));
        return TypedResults.File(bytes, "application/json; charset=utf-8");
    }
}
