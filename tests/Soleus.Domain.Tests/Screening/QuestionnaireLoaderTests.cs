using System.Text;
using System.Text.Json.Nodes;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Screening;

public class QuestionnaireLoaderTests
{
    [Fact]
    public void Load_ShippedQuestionnaire_HasTheIssuesQuestionIdsAndScopes()
    {
        var questionnaire = ShippedQuestionnaire.Load();

        Assert.Equal("screening", questionnaire.Id);
        Assert.Equal("2.0.0", questionnaire.Version);
        Assert.Equal(
            ["breathing-chest-symptoms", "one-calf-swelling", "calf-red-warm", "calf-pain-no-cause", "sharp-pain", "numbness-tingling", "skin-or-veins",
             "pain-persisting", "one-sided-no-cause"],
            questionnaire.SessionQuestions.Select(q => q.Id));
        Assert.Equal(
            ["blood-thinner-or-clotting-disorder", "previous-clot", "pad-or-diabetic-neuropathy", "pregnant",
             "recent-surgery-or-immobilisation-or-cancer", "recovering-calf-strain"],
            questionnaire.ProfileQuestions.Select(q => q.Id));
    }

    [Theory]
    [InlineData("breathing-chest-symptoms", "emergency", false)]
    [InlineData("one-calf-swelling", "emergency", false)]
    [InlineData("calf-red-warm", "emergency", false)]
    [InlineData("calf-pain-no-cause", "emergency", false)]
    [InlineData("sharp-pain", "avoid-area", true)]
    [InlineData("numbness-tingling", "professional-first", false)]
    [InlineData("skin-or-veins", "avoid-area", true)]
    [InlineData("pain-persisting", "professional-first", false)]
    [InlineData("one-sided-no-cause", "professional-first", false)]
    [InlineData("blood-thinner-or-clotting-disorder", "professional-first", false)]
    [InlineData("previous-clot", "professional-first", false)]
    [InlineData("pad-or-diabetic-neuropathy", "professional-first", false)]
    [InlineData("pregnant", "professional-first", false)]
    [InlineData("recent-surgery-or-immobilisation-or-cancer", "professional-first", false)]
    [InlineData("recovering-calf-strain", "professional-first", false)]
    public void Load_ShippedQuestion_VerdictAndPerLegAsDecided(string id, string verdict, bool perLeg)
    {
        var question = ShippedQuestionnaire.Load().Question(id);

        Assert.Equal(verdict, ScreeningTable.Kebab(question.VerdictIfYes.ToString()));
        Assert.Equal(perLeg, question.PerLeg);
    }

    [Fact]
    public void Load_ShippedQuestionnaire_ProfileExpiresAfterTwelveMonthsAndEmergencyNumberIs112()
    {
        var questionnaire = ShippedQuestionnaire.Load();

        Assert.Equal(12, questionnaire.Profile.ValidMonths);
        Assert.Equal("112", questionnaire.Emergency.Number);
        Assert.Contains("local number", questionnaire.Emergency.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ShippedQuestionnaire_FindsNothing()
    {
        using var stream = File.OpenRead(ShippedProtocol.PathOf(ShippedQuestionnaire.File));
        var questionnaire = ProtocolLoader.Read<Questionnaire>(stream, ShippedQuestionnaire.File).WithDvtWarning(ShippedProtocol.Load().DvtWarning);

        Assert.Empty(QuestionnaireLinter.Lint(questionnaire));
    }

    [Theory]
    [InlineData("calf-pain-no-cause", "verdictIfYes", "\"professional-first\"", "verdict-floor")]
    [InlineData("one-calf-swelling", "verdictIfYes", "\"professional-first\"", "verdict-floor")]
    [InlineData("calf-red-warm", "verdictIfYes", "\"avoid-area\"", "verdict-floor")]
    [InlineData("numbness-tingling", "verdictIfYes", "\"avoid-area\"", "verdict-floor")]
    [InlineData("sharp-pain", "verdictIfYes", "\"proceed\"", "verdict-floor")]
    [InlineData("pregnant", "verdictIfYes", "\"avoid-area\"", "verdict-floor")]
    [InlineData("previous-clot", "scope", "\"session\"", "question-scope")]
    [InlineData("pregnant", "perLeg", "true", "question-scope")]
    [InlineData("one-calf-swelling", "message", "\"Call {ambulance}.\"", "texts")]
    [InlineData("calf-red-warm", "text", "\" \"", "texts")]
    [InlineData("one-calf-swelling", "message", "\"A doctor should see it today. {clotInstruction}\"", "clot-urgency")]
    [InlineData("calf-pain-no-cause", "message", "\"Please see your doctor.\"", "clot-urgency")]
    [InlineData("pain-persisting", "message", "\"If the calf is swollen, see a physiotherapist.\"", "clot-urgency")]
    public void Load_TamperedQuestion_IsRefusedNamingRuleQuestionAndField(string id, string field, string value, string rule)
    {
        var tampered = Tamper(root => Question(root, id)[field] = JsonNode.Parse(value));

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == rule && v.Step == id && v.Field == field);
    }

    [Theory]
    [InlineData("verdicts", "emergency", "text", "Please do not massage. {clotInstruction} If you cannot, see a doctor today.", "clot-urgency")]
    [InlineData("verdicts", "proceed", "text", "Go ahead; stop if a calf becomes swollen.", "clot-urgency")]
    [InlineData("stopAdvice", "swelling-or-redness", "carried", "Please contact urgent care.", "clot-urgency")]
    [InlineData("stopAdvice", "sharp-pain", "carried", null, "stop-advice")]
    [InlineData("stopAdvice", "stopped-for-now", "carried", "Come back another time.", "stop-advice")]
    public void Load_TamperedAdvice_IsRefusedNamingRuleItemAndField(string list, string item, string field, string? value, string rule)
    {
        var tampered = Tamper(root =>
        {
            var entry = root[list]!.AsArray().Single(e => (string?)(e!["verdict"] ?? e["reason"]) == item)!.AsObject();
            entry.Remove(field);
            if (value is not null)
            {
                entry[field] = value;
            }
        });

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == rule && v.Step == item && v.Field == field);
    }

    [Theory]
    [InlineData("Call {emergencyNumber} now.")]
    [InlineData("Go to an emergency department.")]
    [InlineData("Call your doctor today on {emergencyNumber} for emergency help.")]
    public void Load_ClotInstructionWithoutTheNumberOrEmergencyCareOrSoftened_IsRefused(string instruction)
    {
        var tampered = Tamper(root => root["emergency"]!["clotInstruction"] = instruction);

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "clot-urgency" && v.Field == "emergency.clotInstruction");
    }

    [Fact]
    public void Load_QuestionRemoved_IsRefusedForQuestionIds()
    {
        var tampered = Tamper(root => root["questions"]!.AsArray().Remove(Question(root, "calf-red-warm")));

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "question-ids" && v.Step == "calf-red-warm");
    }

    [Fact]
    public void Load_ReservedIdForAQuestion_IsRefused()
    {
        var tampered = Tamper(root => Question(root, "pregnant")["id"] = "profile-changed");

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "question-ids" && v.Step == "profile-changed");
    }

    [Fact]
    public void Load_StopAdviceMissing_IsRefusedNamingTheStopReason()
    {
        var tampered = Tamper(root =>
        {
            var advice = root["stopAdvice"]!.AsArray();
            advice.Remove(advice.Single(a => (string?)a!["reason"] == "numbness"));
        });

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "stop-advice" && v.Step == "numbness");
    }

    [Fact]
    public void Load_SwellingStopWithoutDvtWarning_IsRefused()
    {
        var tampered = Tamper(root => root["stopAdvice"]!.AsArray().Single(a => (string?)a!["reason"] == "swelling-or-redness")!["showDvtWarning"] = false);

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "stop-advice" && v.Field == "showDvtWarning");
    }

    [Fact]
    public void Load_VerdictAdviceTwice_IsRefused()
    {
        var tampered = Tamper(root => root["verdicts"]!.AsArray().Add(root["verdicts"]![0]!.DeepClone()));

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "verdict-advice" && v.Step == "emergency");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(24)]
    public void Load_ProfileValidMonthsOutsideOneToTwelve_IsRefused(int months)
    {
        var tampered = Tamper(root => root["profile"]!["validMonths"] = months);

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "profile-expiry");
    }

    [Theory]
    [InlineData("")]
    [InlineData("call 112")]
    [InlineData("1")]
    public void Load_EmergencyNumberNotDigits_IsRefused(string number)
    {
        var tampered = Tamper(root => root["emergency"]!["number"] = number);

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "emergency-number");
    }

    [Theory]
    [InlineData("two-safety-stops")]
    [InlineData("pain-after-rising")]
    public void Load_ProfessionalFirstReferralWeakened_IsRefused(string id)
    {
        var tampered = Tamper(root => root["referrals"]!.AsArray().Single(r => (string?)r!["id"] == id)!["severity"] = "see-professional");

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "referrals" && v.Step == id && v.Field == "severity");
    }

    [Fact]
    public void Load_LegPlaceholderOutsideReferrals_IsRefused()
    {
        var tampered = Tamper(root => Question(root, "sharp-pain")["message"] = "Leave the {leg} leg out.");

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "texts" && v.Step == "sharp-pain");
    }

    [Fact]
    public void Load_RootCauseMissing_IsRefused()
    {
        var tampered = Tamper(root => root["rootCauses"]!.AsArray().RemoveAt(0));

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "root-causes" && v.Step == "cramps-or-fatigue");
    }

    [Fact]
    public void Load_UnknownField_IsRefusedNamingThePath()
    {
        var tampered = Tamper(root => Question(root, "pregnant")["skipIfMale"] = true);

        var error = Assert.Throws<ProtocolFormatException>(() => Load(tampered));

        Assert.Contains("skipIfMale", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RequiredFieldMissing_IsRefused()
    {
        var tampered = Tamper(root => root.AsObject().Remove("introduction"));

        var error = Assert.Throws<ProtocolFormatException>(() => Load(tampered));

        Assert.Equal(ShippedQuestionnaire.File, error.File);
    }

    [Fact]
    public void Load_OwnCopyOfTheDvtWarning_TheProtocolsWordingWins()
    {
        var tampered = Tamper(root => root["dvtWarning"] = "A second, weaker wording of the warning.");

        var questionnaire = Load(tampered);

        Assert.Equal(ShippedProtocol.Load().DvtWarning, questionnaire.DvtWarning);
    }

    [Fact]
    public void Load_AnyQuestionnaire_CarriesTheProtocolsDvtWarning()
    {
        var protocol = ShippedProtocol.Load() with { DvtWarning = "Test wording of the DVT warning. {clotInstruction}" };
        using var stream = File.OpenRead(ShippedProtocol.PathOf(ShippedQuestionnaire.File));

        var questionnaire = QuestionnaireLoader.Load(stream, ShippedQuestionnaire.File, protocol);

        Assert.Equal("Test wording of the DVT warning. {clotInstruction}", questionnaire.DvtWarning);
    }

    [Fact]
    public void Load_UnknownVerdict_IsRefused()
    {
        var tampered = Tamper(root => Question(root, "pregnant")["verdictIfYes"] = "maybe-later");

        Assert.Throws<ProtocolFormatException>(() => Load(tampered));
    }

    [Fact]
    public void SessionCheckIn_ShippedAdvice_OneForEveryStopReason()
    {
        var questionnaire = ShippedQuestionnaire.Load();

        Assert.Equal(Enum.GetValues<StopReason>().Order(), questionnaire.StopAdvice.Select(a => a.Reason).Order());
    }

    private static string Tamper(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(ShippedProtocol.PathOf(ShippedQuestionnaire.File)))!;
        change(root);
        return root.ToJsonString();
    }

    private static JsonNode Question(JsonNode root, string id) => root["questions"]!.AsArray().Single(q => (string?)q!["id"] == id)!;

    private static Questionnaire Load(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return QuestionnaireLoader.Load(stream, ShippedQuestionnaire.File, ShippedProtocol.Load());
    }
}
