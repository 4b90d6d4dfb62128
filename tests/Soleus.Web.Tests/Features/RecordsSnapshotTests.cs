using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;
using Soleus.Web.Features.Progress;

namespace Soleus.Web.Tests.Features;

/// <summary>A person's kept records give exactly those that started at a given instant or later, oldest first.</summary>
public sealed class RecordsSnapshotTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_RandomHistoriesAndInstants_GivesTheRecordsThatStartedThenOrLaterInOrder()
    {
        var random = new Random(20261130);
        for (var run = 0; run < 2000; run++)
        {
            // Whole hours apart, with some sessions starting at the same instant, so the bounds land on and between records.
            var hours = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(0, 60)).Order().ToList();
            var records = hours.Select(h => new SessionRecord(Guid.NewGuid(), Start.AddHours(h), Start.AddHours(h).AddMinutes(12), [Leg.Left], [], [])).ToList();
            var snapshot = new RecordsSnapshot(new(records.Count), Start, records);
            var from = Start.AddHours(random.Next(-2, 63) + (random.Next(2) * 0.5));

            var expected = records.Where(r => r.StartedAt >= from).Select(r => r.ClientId).ToList();
            Assert.Equal(expected, snapshot.From(from).Select(r => r.ClientId).ToList());
        }
    }
}
