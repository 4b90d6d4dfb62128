using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Screening;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

public static class ScreeningApi
{
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/screening");
        group.MapGet("/questions", Questions).WithName("GetScreeningQuestions");
        group.MapPost("/", Screen).WithName("Screen")
            .WithSummary("Judges the answers; works without an account. Signed in, health answers given here become the profile.");
        return app;
    }

    private static Ok<object> Questions(Questionnaire questionnaire) => TypedResults.Ok<object>(new
    {
        questionnaire.Id,
        questionnaire.Version,
        questions = questionnaire.Questions.Select(q => new { q.Id, q.Scope, q.PerLeg, q.Text }),
        profileChanged = new { id = Screener.ProfileChangedId, text = questionnaire.Profile.ChangedQuestion },
        answers = WireNames.All<Answer>(),
    });

    private static async Task<Results<Ok<ScreeningResult>, ProblemHttpResult>> Screen(ScreeningBody body, Screenings screenings, CurrentAccount account, TimeProvider time)
    {
        var result = await screenings.Screen(new AnswerSheet(AnswerObject.Flatten(body.Answers), body.Legs, body.History?.GetRawText()), account.Id, time.GetUtcNow(), account.Origin);
        return result.IsValid ? TypedResults.Ok(result.Value) : Problems.Invalid(result.Problems);
    }
}
