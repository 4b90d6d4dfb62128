using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Checks;

namespace Soleus.Web.Api;

/// <summary>422 answers in the shape of RFC 9457 ProblemDetails, naming each bad field with the rule book's words.</summary>
public static class Problems
{
    public static ProblemHttpResult Invalid(IReadOnlyList<FieldProblem> problems, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).Distinct().ToArray());
        return TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Some fields are not valid.",
            Detail = detail,
        });
    }

    /// <summary>429 with Retry-After: the password throttle holds this attempt back until <paramref name="retryAt"/>.</summary>
    public static ProblemHttpResult TooManyAttempts(HttpContext context, DateTimeOffset retryAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seconds = Math.Max(1, (int)Math.Ceiling((retryAt - now).TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(title: "Too many password attempts.", detail: $"Try again in {seconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests);
    }

    public static ProblemHttpResult Invalid(string field, string message) => Invalid([new FieldProblem(field, message)]);

    /// <summary>A 422 that is not about a field: the request was understood, but Soleus will not do it.</summary>
    public static ProblemHttpResult Refused(string title, string detail, IDictionary<string, object?> extensions) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, extensions: extensions);
}
