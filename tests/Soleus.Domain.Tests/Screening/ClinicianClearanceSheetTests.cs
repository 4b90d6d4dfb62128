using Soleus.Domain.Planning;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Tests.Screening;

/// <summary>What a clinician's clearance may name, and the day it ends.</summary>
public class ClinicianClearanceSheetTests
{
    private static readonly Questionnaire Questionnaire = ShippedQuestionnaire.Load();
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Fact]
    public void Liftable_ShippedQuestionnaire_OnlyProfessionalFirstReasonsNeverAnEmergencyOrTheProfilesState()
    {
        var ids = ClinicianClearanceSheet.Liftable(Questionnaire).Select(r => r.Id).ToList();

        Assert.Contains("pregnant", ids);
        Assert.Contains("pain-persisting", ids);
        Assert.Contains("stopped-sharp-pain", ids);
        Assert.Contains("two-safety-stops", ids);
        Assert.DoesNotContain("stopped-swelling-or-redness", ids);
        Assert.DoesNotContain("sharp-pain", ids);
        Assert.All(Questionnaire.Questions.Where(q => q.VerdictIfYes == Verdict.Emergency), q => Assert.DoesNotContain(q.Id, ids));
        Assert.All([Screener.ProfileMissingId, Screener.ProfileExpiredId, Screener.ProfileChangedId], id => Assert.DoesNotContain(id, ids));
    }

    [Fact]
    public void Read_LastDayChosen_HoldsThroughItAndEndsAtMidnightUtcAfter()
    {
        var sheet = new ClinicianClearanceSheet(["pregnant"], [], ["foam-roller"], 7, "2026-03-22", "  ");
        var now = new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);

        var read = sheet.Read(Questionnaire, Plans.Protocol, "ann@example.org at Riverside", Today, now);

        var clearance = Assert.IsType<Clearance>(read.Value);
        Assert.Equal((ClearedBy.Clinician, Today, (int?)7, (string?)null), (clearance.By, clearance.SeenOn, clearance.MinutesCap, clearance.Note));
        Assert.Equal(new DateOnly(2026, 3, 22), clearance.LastDay);
        Assert.True(clearance.HoldsAt(new DateTimeOffset(2026, 3, 22, 23, 59, 0, TimeSpan.Zero)));
        Assert.False(clearance.HoldsAt(new DateTimeOffset(2026, 3, 23, 0, 0, 0, TimeSpan.Zero)));
    }
}
