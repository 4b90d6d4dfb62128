using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Accounts;
using Soleus.Web.Data;

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

    /// <summary>The person's stored health profile, or null when there is none.</summary>
    public static async Task<HealthProfile?> Load(SoleusDb db, Guid accountId)
    {
        var stored = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId);
        return stored is null
            ? null
            : new HealthProfile(JsonSerializer.Deserialize<Dictionary<string, Answer>>(stored.Answers, ProtocolJson.Options)!, stored.AnsweredAt);
    }

    /// <summary>Stores the answers as the person's profile, answered now (a new profile replaces the old one).</summary>
    public static async Task Save(SoleusDb db, Guid accountId, IReadOnlyDictionary<string, Answer> answers, DateTimeOffset now)
    {
        var json = JsonSerializer.Serialize(answers, ProtocolJson.Options);
        var stored = await db.Profiles.SingleOrDefaultAsync(p => p.AccountId == accountId);
        if (stored is null)
        {
            db.Profiles.Add(new StoredProfile { AccountId = accountId, AnsweredAt = now, Answers = json });
        }
        else
        {
            stored.Answers = json;
            stored.AnsweredAt = now;
        }

        await db.SaveChangesAsync();
    }

    private static async Task<Results<Ok<object>, NotFound>> Get(HttpContext context, SoleusDb db, Questionnaire questionnaire, TimeProvider time)
    {
        var profile = await Load(db, context.User.AccountId());
        return profile is null
            ? TypedResults.NotFound()
            : TypedResults.Ok<object>(new
            {
                profile.Answers,
                profile.AnsweredAt,
                ExpiresAt = profile.ExpiresAt(questionnaire.Profile.ValidMonths),
                Expired = profile.IsExpired(questionnaire.Profile.ValidMonths, time.GetUtcNow()),
            });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Put(HttpRequest request, SoleusDb db, Questionnaire questionnaire, TimeProvider time)
    {
        var (body, problem) = await JsonBody.Read<ProfileBody>(request);
        if (body is null)
        {
            return problem!;
        }

        var ids = questionnaire.ProfileQuestions.Select(q => q.Id).ToList();
        var errors = new Dictionary<string, string[]>();
        foreach (var unknown in body.Answers.Keys.Where(k => !ids.Contains(k)))
        {
            errors[$"answers.{unknown}"] = ["Not a health-profile question."];
        }

        foreach (var missing in ids.Where(id => !body.Answers.ContainsKey(id)))
        {
            errors[$"answers.{missing}"] = ["Missing: answer yes, no or not-sure."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        await Save(db, request.HttpContext.User.AccountId(), body.Answers, time.GetUtcNow());
        return TypedResults.NoContent();
    }
}
