using Soleus.Domain.Progress;

namespace Soleus.Domain.Tests.Progress;

public sealed class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Fact]
    public void Choose_Nothing_TheLastNinetyDaysToToday()
    {
        var period = ReportPeriod.Choose(null, null, Today).Value!;

        Assert.Equal((Today.AddDays(-89), Today), (period.First, period.Last));
        Assert.Equal(90, (period.End - period.Start).TotalDays);
    }

    [Theory]
    [InlineData("2026-11-10", "2026-11-01", "from")]
    [InlineData("1999-12-31", null, "from")]
    [InlineData(null, "2026-12-01", "to")]
    [InlineData("0001-01-01", "9999-12-31", "from")]
    public void Choose_OutOfRangeOrBackwards_Named(string? first, string? last, string field)
    {
        var chosen = ReportPeriod.Choose(first is null ? null : DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), last is null ? null : DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), Today);

        Assert.False(chosen.IsValid);
        Assert.Equal(field, chosen.Problems[0].Field);
    }

    [Fact]
    public void Fallback_KeepsAnAllowedLastDayElseToday()
    {
        Assert.Equal(new DateOnly(2026, 11, 1), ReportPeriod.Fallback(new DateOnly(2026, 11, 1), Today).Last);
        Assert.Equal(Today, ReportPeriod.Fallback(DateOnly.MaxValue, Today).Last);
        Assert.Equal(Today, ReportPeriod.Fallback(null, Today).Last);
    }

    [Fact]
    public void StartAndEnd_InNewYork_TheReadersMidnightsAcrossTheClockChange()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var period = new ReportPeriod(new(2026, 11, 1), new(2026, 11, 30)) { Zone = zone };

        Assert.Equal(DateTimeOffset.Parse("2026-11-01T04:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateTimeOffset.Parse("2026-12-01T05:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(new DateOnly(2026, 11, 29), ReportPeriod.Today(DateTimeOffset.Parse("2026-11-30T04:59:00Z", System.Globalization.CultureInfo.InvariantCulture), zone));
    }

    [Theory]
    [InlineData("America/Santiago")]
    [InlineData("America/New_York")]
    [InlineData("Australia/Lord_Howe")]
    public void Start_EveryDayOfTheYear_IsTheFirstInstantOfThatDayInTheZone(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            var start = new ReportPeriod(day, day) { Zone = zone }.Start;

            Assert.Equal(day, ReportPeriod.Today(start, zone));
            Assert.Equal(day.AddDays(-1), ReportPeriod.Today(start.AddTicks(-1), zone));
        }
    }

    [Fact]
    public void Recent_InNewYorkBeforeItsMidnight_EndsOnTheReadersToday()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var period = ReportPeriod.Recent(DateTimeOffset.Parse("2026-11-30T04:59:00Z", System.Globalization.CultureInfo.InvariantCulture), zone);

        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 29)), (period.First, period.Last));
        Assert.Same(zone, period.Zone);
    }
}
