using Microsoft.AspNetCore.Http.HttpResults;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Profile;
using Soleus.Web.Hosting;

namespace Soleus.Web.Api;

public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/profile").RequireAuthorization();
        group.MapGet("/", Get).WithName("GetProfile");
        group.MapPut("/", Put).WithName("PutProfile");
        return app;
    }

    private static async Task<Results<Ok<object>, NotFound>> Get(Profiles profiles, Questionnaire questionnaire, CurrentAccount account, TimeProvider time)
    {
        var profile = await profiles.Load(account.Required);
        return profile is null
            ? TypedResults.NotFound()
            : TypedResults.Ok<object>(new
            {
                profile.Answers,
                profile.AnsweredAt,
                ExpiresAt = profile.ExpiresAt(questionnaire.Profile.ValidMonths),
                Expired = profiles.NeedsAnswers(profile, time.GetUtcNow()),
            });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Put(ProfileBody body, Profiles profiles, CurrentAccount account, TimeProvider time)
    {
        var saved = await profiles.Answer(account.Required, AnswerObject.Flatten(body.Answers), time.GetUtcNow());
        return saved.IsValid ? TypedResults.NoContent() : Problems.Invalid(saved.Problems);
    }
}
