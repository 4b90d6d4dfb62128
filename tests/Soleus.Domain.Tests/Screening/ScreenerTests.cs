using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Tests.Screening;

/// <summary>
/// The screening table: every question alone and in combinations, each leg, "not sure", unanswered, and the health
/// profile missing, expired, changed or current. Each row starts from "everything answered no" (see
/// <see cref="ScreeningTable"/>) and names what it changes. Reasons are written <c>id[:leg]&gt;verdict[/basis]</c>, most
/// serious first, then in questionnaire order.
/// </summary>
public class ScreenerTests
{
    private static readonly Questionnaire Questionnaire = ShippedQuestionnaire.Load();

    [Theory]
    // Nothing reported.
    [InlineData("", "both", "proceed", "", "left,right")]
    [InlineData("", "left", "proceed", "", "left")]
    [InlineData("", "right", "proceed", "", "right")]
    [InlineData("", "none", "proceed", "", "")]
    // Emergency.
    [InlineData("breathing-chest-symptoms=yes", "both", "emergency", "breathing-chest-symptoms>emergency", "")]
    [InlineData("breathing-chest-symptoms=not-sure", "both", "emergency", "breathing-chest-symptoms>emergency/not-sure", "")]
    [InlineData("breathing-chest-symptoms=unanswered", "left", "emergency", "breathing-chest-symptoms>emergency/unanswered", "")]
    // Seek care.
    [InlineData("one-calf-swelling=yes", "both", "emergency", "one-calf-swelling>emergency", "")]
    [InlineData("one-calf-swelling=not-sure", "left", "emergency", "one-calf-swelling>emergency/not-sure", "")]
    [InlineData("one-calf-swelling=unanswered", "right", "emergency", "one-calf-swelling>emergency/unanswered", "")]
    [InlineData("calf-red-warm=yes", "both", "emergency", "calf-red-warm>emergency", "")]
    [InlineData("calf-red-warm=not-sure", "right", "emergency", "calf-red-warm>emergency/not-sure", "")]
    [InlineData("calf-red-warm=unanswered", "both", "emergency", "calf-red-warm>emergency/unanswered", "")]
    // Professional first, session questions.
    [InlineData("numbness-tingling=yes", "both", "professional-first", "numbness-tingling>professional-first", "")]
    [InlineData("numbness-tingling=not-sure", "left", "professional-first", "numbness-tingling>professional-first/not-sure", "")]
    [InlineData("pain-persisting=yes", "both", "professional-first", "pain-persisting>professional-first", "")]
    [InlineData("pain-persisting=unanswered", "both", "professional-first", "pain-persisting>professional-first/unanswered", "")]
    [InlineData("one-sided-no-cause=yes", "right", "professional-first", "one-sided-no-cause>professional-first", "")]
    [InlineData("one-sided-no-cause=not-sure", "both", "professional-first", "one-sided-no-cause>professional-first/not-sure", "")]
    // Avoid area, per leg.
    [InlineData("sharp-pain:left=yes", "both", "avoid-area", "sharp-pain:left>avoid-area", "right")]
    [InlineData("sharp-pain:right=yes", "both", "avoid-area", "sharp-pain:right>avoid-area", "left")]
    [InlineData("sharp-pain:left=not-sure", "both", "avoid-area", "sharp-pain:left>avoid-area/not-sure", "right")]
    [InlineData("sharp-pain:right=unanswered", "both", "avoid-area", "sharp-pain:right>avoid-area/unanswered", "left")]
    [InlineData("sharp-pain:left=yes;sharp-pain:right=yes", "both", "avoid-area", "sharp-pain:left>avoid-area,sharp-pain:right>avoid-area", "")]
    [InlineData("sharp-pain:left=yes", "left", "avoid-area", "sharp-pain:left>avoid-area", "")]
    [InlineData("sharp-pain:right=yes", "left", "proceed", "", "left")]
    [InlineData("skin-or-veins:left=yes", "both", "avoid-area", "skin-or-veins:left>avoid-area", "right")]
    [InlineData("skin-or-veins:right=yes", "both", "avoid-area", "skin-or-veins:right>avoid-area", "left")]
    [InlineData("skin-or-veins:right=not-sure", "right", "avoid-area", "skin-or-veins:right>avoid-area/not-sure", "")]
    [InlineData("skin-or-veins:left=unanswered", "left", "avoid-area", "skin-or-veins:left>avoid-area/unanswered", "")]
    [InlineData("skin-or-veins:left=yes;skin-or-veins:right=yes", "both", "avoid-area", "skin-or-veins:left>avoid-area,skin-or-veins:right>avoid-area", "")]
    [InlineData("sharp-pain:left=yes;skin-or-veins:right=yes", "both", "avoid-area", "sharp-pain:left>avoid-area,skin-or-veins:right>avoid-area", "")]
    [InlineData("sharp-pain:left=yes;skin-or-veins:left=yes", "both", "avoid-area", "sharp-pain:left>avoid-area,skin-or-veins:left>avoid-area", "right")]
    // Health profile answers.
    [InlineData("profile.blood-thinner-or-clotting-disorder=yes", "both", "professional-first", "blood-thinner-or-clotting-disorder>professional-first", "")]
    [InlineData("profile.previous-clot=yes", "both", "professional-first", "previous-clot>professional-first", "")]
    [InlineData("profile.pad-or-diabetic-neuropathy=yes", "both", "professional-first", "pad-or-diabetic-neuropathy>professional-first", "")]
    [InlineData("profile.pregnant=yes", "left", "professional-first", "pregnant>professional-first", "")]
    [InlineData("profile.recent-surgery-or-immobilisation-or-cancer=yes", "both", "professional-first", "recent-surgery-or-immobilisation-or-cancer>professional-first", "")]
    [InlineData("profile.recovering-calf-strain=yes", "right", "professional-first", "recovering-calf-strain>professional-first", "")]
    [InlineData("profile.previous-clot=not-sure", "both", "professional-first", "previous-clot>professional-first/not-sure", "")]
    [InlineData("profile.pregnant=unanswered", "both", "professional-first", "pregnant>professional-first/unanswered", "")]
    // Health profile state.
    [InlineData("profile=missing", "both", "professional-first", "profile-missing>professional-first/profile-missing", "")]
    [InlineData("profile=age:400", "both", "professional-first", "profile-expired>professional-first/profile-expired", "")]
    [InlineData("profile=at:2025-03-15T09:30:00Z", "both", "professional-first", "profile-expired>professional-first/profile-expired", "")]
    [InlineData("profile=at:2025-03-15T09:30:01Z", "both", "proceed", "", "left,right")]
    [InlineData("profile=age:0", "both", "proceed", "", "left,right")]
    [InlineData("profile-changed=yes", "both", "professional-first", "profile-changed>professional-first", "")]
    [InlineData("profile-changed=not-sure", "both", "professional-first", "profile-changed>professional-first/not-sure", "")]
    [InlineData("profile-changed=unanswered", "both", "professional-first", "profile-changed>professional-first/unanswered", "")]
    [InlineData("profile=age:400;profile.pregnant=yes", "both", "professional-first", "profile-expired>professional-first/profile-expired", "")]
    [InlineData("profile-changed=yes;profile.previous-clot=yes", "both", "professional-first", "profile-changed>professional-first", "")]
    // Combinations: the most serious verdict wins and every reason is kept, most serious first.
    [InlineData("breathing-chest-symptoms=yes;one-calf-swelling=yes", "both", "emergency", "breathing-chest-symptoms>emergency,one-calf-swelling>emergency", "")]
    [InlineData("one-calf-swelling=yes;calf-red-warm=not-sure", "both", "emergency", "one-calf-swelling>emergency,calf-red-warm>emergency/not-sure", "")]
    [InlineData("calf-red-warm=yes;sharp-pain:left=yes", "both", "emergency", "calf-red-warm>emergency,sharp-pain:left>avoid-area", "")]
    [InlineData("sharp-pain:left=yes;numbness-tingling=yes", "both", "professional-first", "numbness-tingling>professional-first,sharp-pain:left>avoid-area", "")]
    [InlineData("skin-or-veins:right=yes;profile=missing", "both", "professional-first", "profile-missing>professional-first/profile-missing,skin-or-veins:right>avoid-area", "")]
    [InlineData("pain-persisting=yes;one-sided-no-cause=yes;profile.pregnant=yes", "both", "professional-first", "pain-persisting>professional-first,one-sided-no-cause>professional-first,pregnant>professional-first", "")]
    [InlineData("profile=missing;breathing-chest-symptoms=not-sure", "left", "emergency", "breathing-chest-symptoms>emergency/not-sure,profile-missing>professional-first/profile-missing", "")]
    [InlineData("sharp-pain:right=yes;profile.recovering-calf-strain=not-sure", "both", "professional-first", "recovering-calf-strain>professional-first/not-sure,sharp-pain:right>avoid-area", "")]
    public void Screen_Table_VerdictReasonsAndLegsCleared(string spec, string legs, string verdict, string reasons, string cleared)
    {
        var asked = ScreeningTable.Legs(legs);
        var (answers, profile) = ScreeningTable.Build(Questionnaire, spec, asked);

        var result = Screener.Screen(Questionnaire, answers, asked, profile, ScreeningTable.Now);

        Assert.Equal(verdict, ScreeningTable.Kebab(result.Verdict.ToString()));
        Assert.Equal(reasons, string.Join(",", result.Reasons.Select(ScreeningTable.Describe)));
        Assert.Equal(cleared, string.Join(",", result.LegsCleared.Select(l => l.ToString().ToLowerInvariant())));
        Assert.Equal(result.Verdict is Verdict.Proceed or Verdict.AvoidArea && result.LegsCleared.Count > 0, result.AllowsSession);
    }

    [Fact]
    public void Screen_EverySessionQuestionAloneOnEachLeg_BringsItsVerdictOnlyForThatLeg()
    {
        foreach (var question in Questionnaire.SessionQuestions)
        {
            foreach (var leg in Enum.GetValues<Leg>())
            {
                var spec = question.PerLeg ? $"{question.Id}:{leg.ToString().ToLowerInvariant()}=yes" : $"{question.Id}=yes";
                var (answers, profile) = ScreeningTable.Build(Questionnaire, spec, [Leg.Left, Leg.Right]);

                var result = Screener.Screen(Questionnaire, answers, [Leg.Left, Leg.Right], profile, ScreeningTable.Now);

                var reason = Assert.Single(result.Reasons);
                Assert.Equal(question.Id, reason.QuestionId);
                Assert.Equal(question.VerdictIfYes, result.Verdict);
                Assert.Equal(question.PerLeg ? leg : null, reason.Leg);
                Assert.Equal(question.PerLeg ? [leg == Leg.Left ? Leg.Right : Leg.Left] : [], result.LegsCleared);
            }
        }
    }

    [Fact]
    public void Screen_NothingAnsweredAndNoProfile_EmergencyWithEveryQuestionCounted()
    {
        var result = Screener.Screen(Questionnaire, ScreeningAnswers.None, [Leg.Left, Leg.Right], null, ScreeningTable.Now);

        Assert.Equal(Verdict.Emergency, result.Verdict);
        Assert.False(result.AllowsSession);
        Assert.Empty(result.LegsCleared);
        Assert.All(result.Reasons.Where(r => r.QuestionId != Screener.ProfileMissingId), r => Assert.Equal(ReasonBasis.Unanswered, r.Basis));
        Assert.Equal(
            ["breathing-chest-symptoms", "one-calf-swelling", "calf-red-warm", "calf-pain-no-cause", "numbness-tingling", "pain-persisting", "one-sided-no-cause",
             "profile-missing", "sharp-pain", "sharp-pain", "skin-or-veins", "skin-or-veins"],
            result.Reasons.Select(r => r.QuestionId));
    }

    [Fact]
    public void Screen_ReasonMessage_IsTheQuestionsMessageWithTheEmergencyNumber()
    {
        var (answers, profile) = ScreeningTable.Build(Questionnaire, "breathing-chest-symptoms=yes", [Leg.Left]);

        var result = Screener.Screen(Questionnaire, answers, [Leg.Left], profile, ScreeningTable.Now);

        var reason = Assert.Single(result.Reasons);
        Assert.Equal(
            Questionnaire.Question("breathing-chest-symptoms").Message.Replace("{clotInstruction}", Questionnaire.Emergency.ClotInstruction, StringComparison.Ordinal)
                .Replace("{emergencyNumber}", "112", StringComparison.Ordinal),
            reason.Message);
        Assert.Contains("Call 112 now", reason.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("{", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_NotSureOrUnanswered_MessageSaysItCountsAsAYes()
    {
        var (notSure, profile) = ScreeningTable.Build(Questionnaire, "sharp-pain:left=not-sure;skin-or-veins:left=unanswered", [Leg.Left]);

        var result = Screener.Screen(Questionnaire, notSure, [Leg.Left], profile, ScreeningTable.Now);

        Assert.Equal(Questionnaire.Notes.NotSure + " " + Questionnaire.Question("sharp-pain").Message, result.Reasons[0].Message);
        Assert.Equal(Questionnaire.Notes.Unanswered + " " + Questionnaire.Question("skin-or-veins").Message, result.Reasons[1].Message);
        Assert.Contains("counts that as a yes", result.Reasons[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_HostSetsItsEmergencyNumber_EveryTextUsesIt()
    {
        var local = Questionnaire.WithEmergencyNumber("999");
        var (answers, profile) = ScreeningTable.Build(local, "breathing-chest-symptoms=yes", [Leg.Left]);

        var result = Screener.Screen(local, answers, [Leg.Left], profile, ScreeningTable.Now);

        Assert.Equal("999", result.EmergencyNumber);
        Assert.Equal("Get emergency care now", result.Advice?.Title);
        Assert.Contains("Call 999 now", result.Advice?.Text, StringComparison.Ordinal);
        Assert.Contains("Call 999 now", result.Reasons[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("112", result.Reasons[0].Message + result.Advice?.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("9999999")]
    [InlineData("11a")]
    public void WithEmergencyNumber_NotTwoToSixDigits_Throws(string number)
    {
        Assert.Throws<ArgumentException>(() => Questionnaire.WithEmergencyNumber(number));
    }

    [Fact]
    public void Screen_BothLegsAvoided_NoSessionAndTheNoLegLeftAdvice()
    {
        var (answers, profile) = ScreeningTable.Build(Questionnaire, "sharp-pain:left=yes;skin-or-veins:right=yes", [Leg.Left, Leg.Right]);

        var result = Screener.Screen(Questionnaire, answers, [Leg.Left, Leg.Right], profile, ScreeningTable.Now);

        Assert.Equal(Verdict.AvoidArea, result.Verdict);
        Assert.False(result.AllowsSession);
        Assert.Equal(Questionnaire.NoLegLeft, result.Advice);
    }

    [Theory]
    [InlineData("", Verdict.Proceed)]
    [InlineData("sharp-pain:left=yes", Verdict.AvoidArea)]
    [InlineData("pain-persisting=yes", Verdict.ProfessionalFirst)]
    [InlineData("calf-red-warm=yes", Verdict.Emergency)]
    [InlineData("calf-pain-no-cause=not-sure", Verdict.Emergency)]
    [InlineData("breathing-chest-symptoms=yes", Verdict.Emergency)]
    public void Screen_AnyVerdict_CarriesItsAdviceAndTheQuestionnaireVersion(string spec, Verdict verdict)
    {
        var (answers, profile) = ScreeningTable.Build(Questionnaire, spec, [Leg.Left, Leg.Right]);

        var result = Screener.Screen(Questionnaire, answers, [Leg.Left, Leg.Right], profile, ScreeningTable.Now);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(verdict, result.Advice?.Verdict);
        Assert.Equal("screening@2.0.0", result.ScreenedWith);
        Assert.Equal(verdict is Verdict.Emergency, result.DvtWarning is not null);
    }

    [Fact]
    public void Screen_LegsAskedTwiceOrOutOfOrder_ClearedOnceInLegOrder()
    {
        var (answers, profile) = ScreeningTable.Build(Questionnaire, "", [Leg.Left, Leg.Right]);

        var result = Screener.Screen(Questionnaire, answers, [Leg.Right, Leg.Left, Leg.Right], profile, ScreeningTable.Now);

        Assert.Equal([Leg.Left, Leg.Right], result.LegsCleared);
    }

    [Fact]
    public void Screen_SameInputsTwice_SameResult()
    {
        var (answers, profile) = ScreeningTable.Build(Questionnaire, "sharp-pain:left=not-sure;profile.pregnant=yes", [Leg.Left, Leg.Right]);

        var first = Screener.Screen(Questionnaire, answers, [Leg.Left, Leg.Right], profile, ScreeningTable.Now);
        var second = Screener.Screen(Questionnaire, answers, [Leg.Left, Leg.Right], profile, ScreeningTable.Now);

        Assert.Equal(first.Verdict, second.Verdict);
        Assert.Equal(first.Reasons, second.Reasons);
        Assert.Equal(first.LegsCleared, second.LegsCleared);
    }

    [Fact]
    public void Screen_QuestionnaireWeakenedInCode_Throws()
    {
        var weakened = Questionnaire with { Questions = [.. Questionnaire.Questions.Where(q => q.Id != "one-calf-swelling")] };
        var (answers, profile) = ScreeningTable.Build(weakened, "", [Leg.Left]);

        var error = Assert.Throws<ArgumentException>(() => Screener.Screen(weakened, answers, [Leg.Left], profile, ScreeningTable.Now));

        Assert.Contains("one-calf-swelling", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_QuestionnaireWithoutTheProtocolsDvtWarning_Throws()
    {
        using var stream = File.OpenRead(ShippedProtocol.PathOf(ShippedQuestionnaire.File));
        var unbound = Soleus.Domain.Protocols.ProtocolLoader.Read<Questionnaire>(stream, ShippedQuestionnaire.File);
        var (answers, profile) = ScreeningTable.Build(unbound, "one-calf-swelling=yes", [Leg.Left]);

        var error = Assert.Throws<ArgumentException>(() => Screener.Screen(unbound, answers, [Leg.Left], profile, ScreeningTable.Now));

        Assert.Contains("dvtWarning", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_UnknownQuestionId_Throws()
    {
        var answers = ScreeningAnswers.None.With("breathing-chest-symptom", Answer.No);

        var error = Assert.Throws<ArgumentException>(() => Screener.Screen(Questionnaire, answers, [Leg.Left], null, ScreeningTable.Now));

        Assert.Contains("breathing-chest-symptom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_LegGivenToAWholeBodyQuestion_Throws()
    {
        var answers = ScreeningAnswers.None.With("one-calf-swelling", Leg.Left, Answer.No);

        Assert.Throws<ArgumentException>(() => Screener.Screen(Questionnaire, answers, [Leg.Left], null, ScreeningTable.Now));
    }

    [Fact]
    public void Screen_NoLegGivenToAPerLegQuestion_Throws()
    {
        var answers = ScreeningAnswers.None.With("sharp-pain", Answer.No);

        Assert.Throws<ArgumentException>(() => Screener.Screen(Questionnaire, answers, [Leg.Left], null, ScreeningTable.Now));
    }

    [Fact]
    public void Screen_ProfileQuestionAnsweredInTheSession_Throws()
    {
        var answers = ScreeningAnswers.None.With("pregnant", Answer.No);

        Assert.Throws<ArgumentException>(() => Screener.Screen(Questionnaire, answers, [Leg.Left], null, ScreeningTable.Now));
    }

    [Fact]
    public void Screen_SessionQuestionInTheProfile_Throws()
    {
        var profile = new HealthProfile(new Dictionary<string, Answer> { ["sharp-pain"] = Answer.No }, ScreeningTable.Now);

        Assert.Throws<ArgumentException>(() => Screener.Screen(Questionnaire, ScreeningAnswers.None, [Leg.Left], profile, ScreeningTable.Now));
    }

    [Fact]
    public void HealthProfile_ExpiresAt_TwelveMonthsAfterItWasAnswered()
    {
        var profile = new HealthProfile(new Dictionary<string, Answer>(), new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero), profile.ExpiresAt(Questionnaire.Profile.ValidMonths));
        Assert.False(profile.IsExpired(12, new DateTimeOffset(2026, 6, 1, 7, 59, 59, TimeSpan.Zero)));
        Assert.True(profile.IsExpired(12, new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero)));
    }
}
