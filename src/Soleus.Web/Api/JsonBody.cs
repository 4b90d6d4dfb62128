using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Soleus.Web.Api;

/// <summary>
/// Reads a JSON request body strictly (unknown fields, wrong types and missing fields refused) and turns what is
/// wrong into a 422 naming the JSON path, instead of the framework's bare 400.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, ProblemHttpResult? Problem)> Read<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(title: "Send the body as JSON.", detail: "Content-Type must be application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await request.ReadFromJsonAsync<T>(options, request.HttpContext.RequestAborted);
            return value is null ? (null, Problems.Invalid("$", "A JSON object is required.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Invalid(Field(e.Path), Describe(e)));
        }
        catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException or JsonException)
        {
            return (null, Problems.Invalid("$", "The body is not valid UTF-8 JSON."));
        }
    }

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
