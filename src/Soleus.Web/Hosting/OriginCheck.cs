namespace Soleus.Web.Hosting;

/// <summary>
/// Refuses, with 403, a request that could change something through the API (any method but GET, HEAD and OPTIONS)
/// when the browser says it comes from elsewhere: a Sec-Fetch-Site other than same-origin or none (a sibling
/// subdomain is "same-site", and refused too), or an Origin whose host and port are not this app's own. A
/// request with neither header (a script, curl) is not a browser's and goes on. Bodiless routes such as
/// POST /api/account/sign-out are covered too, which the JSON-only rule alone does not cover.
/// </summary>
public static class OriginCheck
{
    public static IApplicationBuilder UseOriginCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && !HttpMethods.IsOptions(request.Method) && FromElsewhere(request))
        {
            await TypedResults.Problem(
                title: "This request came from another site.",
                detail: "Changes through the API are accepted only from Soleus's own pages or from scripts that are not in a browser.",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    private static bool FromElsewhere(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return true;
        }

        // By host and port: behind a proxy that ends TLS the app sees http while the browser's Origin says https.
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
