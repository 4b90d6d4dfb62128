using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Screening;

public class KeptHistoryTests
{
    private static readonly DateTimeOffset Now = ScreeningTable.Now;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    public void Read_NothingKept_IsAnEmptyHistory(string? json)
    {
        var read = KeptHistory.Read(json, Now);

        Assert.True(read.IsValid);
        Assert.Empty(read.Value!.Stops);
        Assert.Empty(read.Value.Clearances);
    }

    [Fact]
    public void Read_StopsAndClearances_BecomeTheHistoryWithEveryClearanceThePersonsOwn()
    {
        const string json = """
            {"stops":[{"reason":"sharp-pain","at":"2026-03-13T18:00:00Z"}],
             "clearances":[{"who":" GP ","seenOn":"2026-03-14","recordedAt":"2026-03-14T10:00:00Z","reasons":["stopped-sharp-pain"],"by":"clinician"}]}
            """;

        var history = KeptHistory.Read(json, Now).Value!;

        Assert.Equal(new KeptStop(StopReason.SharpPain, new(2026, 3, 13, 18, 0, 0, TimeSpan.Zero)), Assert.Single(history.Stops));
        var clearance = Assert.Single(history.Clearances);
        Assert.Equal((ClearedBy.Self, "GP", new DateOnly(2026, 3, 14)), (clearance.By, clearance.Who, clearance.SeenOn));
        Assert.Equal(["stopped-sharp-pain"], clearance.Reasons);
    }

    [Theory]
    [InlineData("not json", "history")]
    [InlineData("[1,2,3]", "history")]
    [InlineData("""{"stops":{"reason":"sharp-pain"}}""", "history.stops")]
    [InlineData("""{"stops":[{"reason":"cramp","at":"2026-03-13T18:00:00Z"}]}""", "history.stops[0].reason")]
    [InlineData("""{"stops":[{"reason":"numbness","at":"2027-01-01T00:00:00Z"}]}""", "history.stops[0].at")]
    [InlineData("""{"stops":[{"reason":"numbness","at":"yesterday"}]}""", "history.stops[0].at")]
    [InlineData("""{"clearances":[{"who":"","seenOn":"2026-03-14","recordedAt":"2026-03-14T10:00:00Z","reasons":["stopped-numbness"]}]}""", "history.clearances[0].who")]
    [InlineData("""{"clearances":[{"who":"GP","seenOn":"2026-03-16","recordedAt":"2026-03-14T10:00:00Z","reasons":["stopped-numbness"]}]}""", "history.clearances[0].seenOn")]
    [InlineData("""{"clearances":[{"who":"GP","seenOn":"2026-03-14","recordedAt":"2026-03-14T10:00:00Z","reasons":["calf-red-warm"]}]}""", "history.clearances[0].reasons")]
    [InlineData("""{"clearances":[{"who":"GP","seenOn":"2026-03-14","recordedAt":"2026-03-14T10:00:00Z","reasons":[]}]}""", "history.clearances[0].reasons")]
    [InlineData("""{"clearances":[{"who":"GP","seenOn":"2026-03-14","reasons":["stopped-numbness"]}]}""", "history.clearances[0].recordedAt")]
    public void Read_BadEntries_NameTheFieldAndKeepNothing(string json, string field)
    {
        var read = KeptHistory.Read(json, Now);

        Assert.False(read.IsValid);
        Assert.Null(read.Value);
        Assert.Contains(read.Problems, p => p.Field == field);
    }

    [Fact]
    public void Read_TooManyEntries_IsRefused()
    {
        var stops = string.Join(',', Enumerable.Repeat("""{"reason":"numbness","at":"2026-03-13T18:00:00Z"}""", KeptHistory.MaxEntries + 1));

        var read = KeptHistory.Read($$"""{"stops":[{{stops}}]}""", Now);

        Assert.Equal("history.stops", Assert.Single(read.Problems).Field);
    }
}
