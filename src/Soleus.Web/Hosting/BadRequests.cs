using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Soleus.Web.Hosting;

/// <summary>
/// Answers a request the framework could not read with a ProblemDetails, never a bare 400 or a 500: a JSON body that
/// does not fit its type (wrong type, unknown or missing field, not JSON at all) is a 422 naming the JSON path
/// ("answers.sharp-pain"), a body that is not JSON by its Content-Type a 415, one over the size limit a 413.
/// Endpoints then take their bodies typed, with no reading code of their own (route handlers throw on bad requests,
/// <c>RouteHandlerOptions.ThrowOnBadRequest</c>, set in Program.cs).
/// </summary>
internal sealed class BadRequests(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var details = bad switch
        {
            { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(413, "The request body is too large.", $"Send at most {BodyLimit.MaxBytes / 1024} KiB."),
            { StatusCode: StatusCodes.Status415UnsupportedMediaType } => Problem(415, "Send the body as JSON.", "Content-Type must be application/json."),
            { InnerException: JsonException json } => Invalid(Field(json.Path), Describe(json)),
            { InnerException: InvalidOperationException or DecoderFallbackException } => Invalid("$", "The body is not valid UTF-8 JSON."),
            _ when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) => Invalid("$", "A JSON object is required."),
            _ => Problem(400, "The request could not be read.", bad.Message),
        };
        httpContext.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new() { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = StatusCodes.Status422UnprocessableEntity, Title = "Some fields are not valid." };

    /// <summary>"$.answers['calf-red-warm']" → "answers.calf-red-warm"; the root stays "$".</summary>
    private static string Field(string? path) => path is null or "$"
        ? "$"
        : path.TrimStart('$', '.').Replace("['", ".", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal).TrimStart('.');

    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
