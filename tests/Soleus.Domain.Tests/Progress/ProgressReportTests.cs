using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Domain.Tests.Screening;

namespace Soleus.Domain.Tests.Progress;

public sealed class ProgressReportTests
{
    private static readonly Questionnaire Questionnaire = ShippedQuestionnaire.Load();

    private static readonly DateTimeOffset Now = new(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

    private static string Json(ProgressReport report) => JsonSerializer.Serialize(report, ProtocolJson.Options);

    [Fact]
    public void For_CountsTheYearAndTalliesOnlyTheLastFourWeeksOfSpots()
    {
        var spot = new TenderSpot(Leg.Left, CalfZone.Mid, CalfLane.Centre);
        SessionRecord Record(int daysAgo) =>
            new(Guid.NewGuid(), Now.AddDays(-daysAgo), Now.AddDays(-daysAgo).AddMinutes(20), [Leg.Left], [new LegRating(Leg.Left, 6, 2, 4, 1)], [spot]);

        var report = ProgressReport.For(Questionnaire, [Record(400), Record(100), Record(20), Record(1)], Now);

        Assert.Equal(3, report.Sessions);
        Assert.Equal(3, Assert.Single(report.Trends).Points.Count);
        Assert.Equal(2, Assert.Single(report.TenderSpots).Count);
    }

    [Fact]
    public void StableUntil_TheNearestEdgeAheadOfAnyRecord()
    {
        var records = new[] { Now.AddDays(-10), Now.AddDays(-30) }
            .Select(at => new SessionRecord(Guid.NewGuid(), at, at.AddMinutes(15), [Leg.Left], [new LegRating(Leg.Left, 5, 1)], []))
            .ToList();

        Assert.Equal(Now.AddDays(4), ProgressReport.StableUntil(records, Now));
        Assert.Equal(DateTimeOffset.MaxValue, ProgressReport.StableUntil([], Now));
    }

    [Fact]
    public void StableUntil_RandomHistories_TheReportDoesNotChangeBeforeIt()
    {
        var changedAtTheEdge = 0;
        var property = Prop.ForAll(Histories().ToArbitrary(), c =>
        {
            var (records, fraction) = c;
            var until = ProgressReport.StableUntil(records, Now);
            var at = until == DateTimeOffset.MaxValue ? Now.AddDays(900) : until;
            var later = Now + TimeSpan.FromTicks((long)((at - Now).Ticks * fraction));
            var justBefore = at - TimeSpan.FromTicks(1);
            var before = Json(ProgressReport.For(Questionnaire, records, Now));
            if (until != DateTimeOffset.MaxValue && Json(ProgressReport.For(Questionnaire, records, until.AddTicks(1))) != before)
            {
                changedAtTheEdge++;
            }

            return until == Now
                || (Json(ProgressReport.For(Questionnaire, records, later)) == before && Json(ProgressReport.For(Questionnaire, records, justBefore)) == before);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1500), property);

        Assert.True(changedAtTheEdge > 100, $"Only {changedAtTheEdge} of 1500 reports changed just past their edge: the histories no longer reach the windows.");
    }

    [Fact]
    public void StableUntil_AnEdgeAtNow_StandsForNoLaterInstant()
    {
        var record = new SessionRecord(Guid.NewGuid(), Now - ProgressReport.SpotsWindow, Now, [Leg.Left], [new LegRating(Leg.Left, 5, 1)], [new TenderSpot(Leg.Left, CalfZone.Lower, CalfLane.Inner)]);

        Assert.Equal(Now, ProgressReport.StableUntil([record], Now));
        Assert.Single(ProgressReport.For(Questionnaire, [record], Now).TenderSpots);
        Assert.Empty(ProgressReport.For(Questionnaire, [record], Now.AddTicks(1)).TenderSpots);
    }

    /// <summary>Random histories around <see cref="Now"/>: up to 30 sessions spread over 15 months and a day ahead, with random ratings, spots and stops.</summary>
    private static Gen<(List<SessionRecord> Records, double Fraction)> Histories()
    {
        var rating = Gen.Choose(0, 10);
        var record =
            from minutesAgo in Gen.Frequency((8, Gen.Choose(-24 * 60, 40 * 24 * 60)), (2, Gen.Choose(40 * 24 * 60, 450 * 24 * 60)))
            from both in Gen.Elements(true, false)
            from tightness in rating
            from pain in rating
            from after in Gen.Frequency((3, rating.Select(r => (int?)r)), (1, Gen.Constant<int?>(null)))
            from painAfter in Gen.Frequency((3, rating.Select(r => (int?)r)), (1, Gen.Constant<int?>(null)))
            from zone in Gen.Elements(Enum.GetValues<CalfZone>())
            from stop in Gen.Frequency((6, Gen.Constant<StopReason?>(null)), (1, Gen.Elements(Enum.GetValues<StopReason>()).Select(r => (StopReason?)r)))
            let at = Now.AddMinutes(-minutesAgo)
            let legs = both ? new[] { Leg.Left, Leg.Right } : [Leg.Left]
            select new SessionRecord(Guid.NewGuid(), at, at.AddMinutes(18), legs,
                [.. legs.Select(l => new LegRating(l, tightness, pain, after, painAfter))], [new TenderSpot(Leg.Left, zone, CalfLane.Inner)], stop);
        return
            from count in Gen.Choose(0, 30)
            from records in Gen.ListOf(record, count)
            from fraction in Gen.Choose(0, 999).Select(n => n / 1000.0)
            select (records.OrderBy(r => r.StartedAt).ToList(), fraction);
    }
}
