using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Web.Features.Practice;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

/// <summary>
/// The person's side of links with clinicians: what a code would share and with whom (preview), agreeing to it, the
/// person's links, and ending one at any time.
/// </summary>
public static class LinksApi
{
    public static IEndpointRouteBuilder MapLinksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/links").RequireAuthorization();
        group.MapGet("/", List).WithName("GetLinks");
        group.MapPost("/preview", Preview).WithName("PreviewLink").RequireRateLimiting(AccountServices.SignInRateLimit)
            .WithSummary("Who the code would link you with, and exactly what they would see.");
        group.MapPost("/", Consent).WithName("ConsentToLink").RequireRateLimiting(AccountServices.SignInRateLimit);
        group.MapDelete("/{id:guid}", End).WithName("EndLink");
        return app;
    }

    private static async Task<Ok<List<PersonLink>>> List(Links links, CurrentAccount account) => TypedResults.Ok(await links.Of(account.Required));

    private static async Task<Results<Ok<object>, ProblemHttpResult>> Preview(LinkCodeBody body, Links links, CurrentAccount account, TimeProvider time)
    {
        var preview = await links.Preview(account.Required, body.Code, time.GetUtcNow());
        return preview.IsValid
            ? TypedResults.Ok<object>(new { preview.Value.ClinicianEmail, preview.Value.PracticeName, shown = SharedWithClinician.Shown, notShown = SharedWithClinician.NotShown })
            : Problems.Invalid(preview.Problems);
    }

    private static async Task<Results<Created, ProblemHttpResult>> Consent(LinkCodeBody body, Links links, CurrentAccount account, TimeProvider time)
    {
        var linked = await links.Consent(account.Required, body.Code, time.GetUtcNow(), account.Origin);
        return linked.IsValid ? TypedResults.Created($"/api/links/{linked.Value}") : Problems.Invalid(linked.Problems);
    }

    private static async Task<Results<NoContent, NotFound>> End(Guid id, Links links, CurrentAccount account, TimeProvider time) =>
        await links.EndByPerson(account.Required, id, time.GetUtcNow(), account.Origin) ? TypedResults.NoContent() : TypedResults.NotFound();
}
