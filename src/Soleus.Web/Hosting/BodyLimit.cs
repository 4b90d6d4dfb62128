namespace Soleus.Web.Hosting;

/// <summary>
/// Refuses request bodies over <see cref="MaxBytes"/> with 413: by the declared length when one is sent, and for a
/// body without one (chunked) by reading it here, in memory, before anything else does. So a form page, whose
/// antiforgery check would otherwise read the body first and answer 400, says 413 too.
/// </summary>
public static class BodyLimit
{
    public const long MaxBytes = 64 * 1024;

    public static IApplicationBuilder UseBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxBytes || (context.Request.ContentLength is null && !await Fits(context.Request)))
        {
            await TypedResults.Problem(
                title: "The request body is too large.",
                detail: $"Send at most {MaxBytes / 1024} KiB.",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    /// <summary>Reads a body of unknown length into memory, up to the limit, and rewinds it for the app.</summary>
    private static async Task<bool> Fits(HttpRequest request)
    {
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true)
        {
            return true;
        }

        request.EnableBuffering((int)MaxBytes + 1);
        var buffer = new byte[16 * 1024];
        long total = 0;
        try
        {
            for (int read; (read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0;)
            {
                total += read;
                if (total > MaxBytes)
                {
                    return false;
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit, the same figure, got there first.
            return false;
        }

        request.Body.Position = 0;
        return true;
    }
}
