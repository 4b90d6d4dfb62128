using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Web.Features.Progress;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

public static class ProgressApi
{
    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/progress", Get).RequireAuthorization().WithName("GetProgress")
            .WithSummary("Trends per leg over the last year, the tender spots of the last four weeks, and the referral advice.");
        return app;
    }

    private static async Task<Ok<ProgressReport>> Get(ProgressReports progress, CurrentAccount account, TimeProvider time) =>
        TypedResults.Ok(await progress.Report(account.Required, time.GetUtcNow()));
}
