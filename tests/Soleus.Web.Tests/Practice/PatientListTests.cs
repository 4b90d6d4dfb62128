using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Web.Data;
using Soleus.Web.Features.Practice;
using Soleus.Web.Features.Progress;

namespace Soleus.Web.Tests.Practice;

/// <summary>
/// The clinician's patient list reads every linked person's records at once; each row must still say what that
/// person's own records, read alone from the database and reported by the domain, say.
/// </summary>
public sealed class PatientListTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Patients_VariedHistories_EachRowSaysWhatThePersonsOwnRecordsSay()
    {
        var setup = await PracticeSetup.Make(factory);
        var clinicianId = await PracticeSetup.AccountId(factory, setup.ClinicianEmail);
        var none = (await setup.LinkedPerson(factory)).Id;
        var regular = (await setup.LinkedPerson(factory)).Id;
        var painRising = (await setup.LinkedPerson(factory)).Id;
        var stopped = (await setup.LinkedPerson(factory)).Id;
        var oneLegFalling = (await setup.LinkedPerson(factory)).Id;
        await Add(regular, [.. Enumerable.Range(0, 28).Select(i => Session(1 + (i * 2), pain: 1, Leg.Left, Leg.Right)), Session(400, pain: 0, Leg.Left, Leg.Right)]);
        await Add(painRising, [Session(60, pain: 1, Leg.Left), Session(50, pain: 3, Leg.Left), Session(40, pain: 5, Leg.Left)]);
        await Add(stopped, [Session(2, pain: 2, Leg.Right) with { StopReason = StopReason.SharpPain },
            Session(5, pain: 2, Leg.Right) with { StopReason = StopReason.Numbness }, Session(20, pain: 1, Leg.Right) with { StopReason = StopReason.StoppedForNow }]);
        await Screened(stopped, Now.AddDays(-3));
        await Screened(stopped, Now.AddDays(-40));
        await Add(oneLegFalling, [.. Enumerable.Range(8, 6).Select(day => Session(day, pain: 2, Leg.Left)), Session(20, pain: 2, Leg.Left), Session(30, pain: 2, Leg.Left)]);
        List<Guid> people = [none, regular, painRising, stopped, oneLegFalling];

        var first = await Rows(clinicianId);
        var firstAlone = await Alone(people);
        await Add(regular, [Session(0, pain: 4, Leg.Left, Leg.Right)]); // now one person's kept records are out of date
        var second = await Rows(clinicianId);
        var secondAlone = await Alone(people);

        Assert.Equal(people.Order(), first.Keys.Order());
        Assert.Equal(people.Order(), second.Keys.Order());
        Assert.Equal(people.Select(p => firstAlone[p]), people.Select(p => first[p]));
        Assert.Equal(people.Select(p => secondAlone[p]), people.Select(p => second[p]));
        Assert.Equal(3, second[stopped].Stops);
        Assert.Contains(ReferralRules.TwoSafetyStopsId, second[stopped].Referrals, StringComparison.Ordinal);
        Assert.Contains(ReferralRules.PainAfterRisingId, second[painRising].Referrals, StringComparison.Ordinal);
        Assert.True(second[oneLegFalling].WeeklyBefore > second[oneLegFalling].SessionsLastWeek);
        Assert.Equal(first[regular].SessionsLastWeek + 1, second[regular].SessionsLastWeek);
    }

    [Fact]
    public async Task RecordsCache_ManyAtOnceOnAColdCache_ReadEachPersonOnce()
    {
        var setup = await PracticeSetup.Make(factory);
        List<Guid> people = [(await setup.LinkedPerson(factory)).Id, (await setup.LinkedPerson(factory)).Id, (await setup.LinkedPerson(factory)).Id];
        foreach (var person in people)
        {
            await Add(person, [Session(3, pain: 1, Leg.Left), Session(1, pain: 2, Leg.Right)]);
        }

        var cache = factory.Services.GetRequiredService<RecordsCache>();
        using var start = new ManualResetEventSlim();
        var reading = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
            start.Wait();
            return await cache.Current(db, people, Now - ProgressReport.Window);
        })).ToList();
        start.Set();
        var reads = await Task.WhenAll(reading);

        foreach (var person in people)
        {
            Assert.Equal(2, reads[0][person].Records.Count);
            Assert.All(reads, read => Assert.Same(reads[0][person], read[person]));
        }
    }

    /// <summary>A session <paramref name="daysAgo"/> days before now on the legs, each rated with the pain after it.</summary>
    private static SessionReport Session(int daysAgo, int pain, params Leg[] legs)
    {
        var start = Now.AddDays(-daysAgo).AddMinutes(-daysAgo);
        return new(Guid.NewGuid(), start, start.AddMinutes(15), legs, [.. legs.Select(leg => new LegRating(leg, 6, 3, 4, pain))],
            [new TenderSpot(legs[0], CalfZone.Mid, CalfLane.Centre)]);
    }

    private async Task Add(Guid personId, IEnumerable<SessionReport> sessions)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        db.Sessions.AddRange(sessions.Select(s => StoredSessions.From(s, personId, s.EndedAt)));
        await db.SaveChangesAsync();
    }

    private async Task Screened(Guid personId, DateTimeOffset at)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        db.ScreeningEvents.Add(new ScreeningEvent { AccountId = personId, At = at, Verdict = "professional-first", Reasons = "[]" });
        await db.SaveChangesAsync();
    }

    /// <summary>The patient list's rows, by person.</summary>
    private async Task<Dictionary<Guid, Row>> Rows(Guid clinicianId)
    {
        using var scope = factory.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<Links>().Patients(clinicianId, Now);
        return rows!.ToDictionary(r => r.PersonId, r => new Row(r.SessionsLastWeek, r.WeeklyBefore, r.Stops, Named(r.Referrals)));
    }

    /// <summary>What each person's own year of records says, read alone from the database with no cache, and reported by the domain.</summary>
    private async Task<Dictionary<Guid, Row>> Alone(List<Guid> people)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        var questionnaire = scope.ServiceProvider.GetRequiredService<Questionnaire>();
        var alone = new Dictionary<Guid, Row>();
        foreach (var person in people)
        {
            var records = await db.Sessions.Where(s => s.AccountId == person && s.StartedAt >= Now - ProgressReport.Window).ToRecordsAsync();
            var screenings = await db.ScreeningEvents.CountAsync(e => e.AccountId == person && e.At >= Now - Links.StopsWindow);
            alone[person] = new(
                records.Count(r => r.StartedAt > Now.AddDays(-7)),
                records.Count(r => r.StartedAt > Now.AddDays(-35) && r.StartedAt <= Now.AddDays(-7)) / 4.0,
                records.Count(r => r.SafetyStop && r.StartedAt >= Now - Links.StopsWindow) + screenings,
                Named(ProgressReport.For(questionnaire, records, Now).Referrals));
        }

        return alone;
    }

    private static string Named(IEnumerable<Referral> referrals) => string.Join("; ", referrals.Select(r => $"{r.RuleId} {r.Leg} {r.Severity} {r.Message}"));

    /// <summary>A row as compared: its referrals by rule, leg, severity and message, in order.</summary>
    private sealed record Row(int SessionsLastWeek, double WeeklyBefore, int Stops, string Referrals);
}
