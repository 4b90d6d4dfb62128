using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Protocols;

namespace Soleus.Web.Api;

public static class ProtocolApi
{
    public static IEndpointRouteBuilder MapProtocolApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/protocol", (Protocol protocol) => TypedResults.Ok(protocol))
            .WithName("GetProtocol").WithSummary("The 4-Layer Method as data: checklist, muscles, steps and their figures.");
        return app;
    }
}
