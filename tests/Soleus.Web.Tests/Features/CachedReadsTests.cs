using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Features.Planning;

namespace Soleus.Web.Tests.Features;

/// <summary>
/// What is kept in memory never shows anything stale: a person's records, kept per instance, give way as soon as any
/// instance saves a session for them; a timeline is shared only by plans with the very same steps.
/// </summary>
public sealed class CachedReadsTests
{
    [Fact]
    public async Task Progress_SessionSavedThroughAnotherInstance_CountedAtOnce()
    {
        using var first = new SoleusFactory();
        using var second = new SoleusFactory { DataFolder = first.DataFolder, PostgresDatabase = first.PostgresDatabase };
        var registered = await TestApi.Post(second.CreateClient(new() { HandleCookies = false, BaseAddress = SoleusFactory.Https }), "/api/account/register",
            $"{{\"email\":\"{TestApi.NewEmail()}\",\"password\":\"{TestApi.Password}\"}}");
        var cookie = TestApi.AuthCookie(registered);
        async Task<int> Counted() => (int)(await TestApi.Json(await TestApi.WithCookie(first, HttpMethod.Get, "/api/progress", cookie)))["sessions"]!;
        Task<HttpResponseMessage> Save(SoleusFactory on, int hoursAgo) =>
            TestApi.WithCookie(on, HttpMethod.Post, "/api/sessions", cookie, TestApi.Text(TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-hoursAgo))));

        var none = await Counted();
        var savedOnSecond = await Save(second, 3);
        var afterSecond = await Counted();
        var savedOnFirst = await Save(first, 2);
        var afterFirst = await Counted();

        Assert.True(savedOnSecond.IsSuccessStatusCode && savedOnFirst.IsSuccessStatusCode);
        Assert.Equal([0, 1, 2], new[] { none, afterSecond, afterFirst });
    }

    [Fact]
    public void Timelines_SameStepsShareOneTimeline_OtherStepsGetTheirOwn()
    {
        using var factory = new SoleusFactory();
        var protocol = factory.Services.GetRequiredService<Protocol>();
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();
        var timelines = factory.Services.GetRequiredService<Timelines>();
        var answers = questionnaire.SessionQuestions.Aggregate(ScreeningAnswers.None.With(Screener.ProfileChangedId, Answer.No), (a, q) =>
            q.PerLeg ? a.With(q.Id, Leg.Left, Answer.No) : a.With(q.Id, Answer.No));
        var profile = new HealthProfile(questionnaire.ProfileQuestions.ToDictionary(q => q.Id, _ => Answer.No), DateTimeOffset.UtcNow);
        var cleared = Screener.Screen(questionnaire, answers, [Leg.Left], profile, DateTimeOffset.UtcNow);
        Plan Plan(int minutes) => Planner.Plan(protocol, cleared, new PlanRequest([Leg.Left], ["hands"], minutes, Emphasis.Gastrocnemius, [])).Plan!;

        var first = timelines.For(Plan(6));
        var again = timelines.For(Plan(6));
        var longer = timelines.For(Plan(9));

        Assert.Same(first, again);
        Assert.NotSame(first, longer);
        Assert.Equal(TimelineBuilder.Build(protocol, Plan(9)).Cues, longer.Cues);
    }
}
