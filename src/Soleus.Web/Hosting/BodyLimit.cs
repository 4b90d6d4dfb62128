namespace Soleus.Web.Hosting;

/// <summary>
/// Refuses request bodies over <see cref="MaxBytes"/> with 413: by the declared length here, and by Kestrel's own
/// limit for a body without one.
/// </summary>
public static class BodyLimit
{
    public const long MaxBytes = 64 * 1024;

    public static IApplicationBuilder UseBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxBytes)
        {
            await TypedResults.Problem(
                title: "The request body is too large.",
                detail: $"Send at most {MaxBytes / 1024} KiB.",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        await next(context);
    });
}
