using System.Text.RegularExpressions;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Tests.Safety;
using Soleus.Domain.Tests.Screening;

namespace Soleus.Domain.Tests.Words;

/// <summary>
/// The words Soleus shows: no text in the protocol or the questionnaire claims to diagnose, detect, rule out, screen
/// for, treat or cure anything, or says a clot is unlikely; the disclaimer and the DVT warning stand in the data and
/// go with every emergency and seek-care result; and docs/safety/messages.md lists every safety message as shipped.
/// </summary>
public class WordingTests
{
    public static TheoryData<string> ShippedFiles() => new("four-layer-method.json", "screening.json");

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void UserFacingText_ShippedFile_MakesNoForbiddenClaim(string file)
    {
        var texts = UserFacingText.In(ShippedProtocol.Text(file));

        var bad = texts.Select(t => (t.Path, t.Text, Found: ForbiddenClaims.FoundIn(t.Text))).Where(t => t.Found.Count > 0).ToList();

        Assert.True(texts.Count > 50, $"Only {texts.Count} texts found in {file}: the walker is missing them.");
        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad.Select(b => $"{file} {b.Path} [{string.Join(", ", b.Found)}]: {b.Text}")));
    }

    [Theory]
    [InlineData("Soleus diagnoses calf problems.", "soleus-claims-to-diagnose-or-treat")]
    [InlineData("This app can detect a blood clot.", "soleus-claims-to-diagnose-or-treat")]
    [InlineData("Soleus rules out DVT before every session.", "soleus-claims-to-diagnose-or-treat")]
    [InlineData("The questionnaire screens for deep vein thrombosis.", "soleus-claims-to-diagnose-or-treat")]
    [InlineData("We detect signs of infection early.", "soleus-claims-to-diagnose-or-treat")]
    [InlineData("SOLEUS TREATS PLANTAR FASCIITIS.", "soleus-claims-to-diagnose-or-treat")]
    [InlineData("This method helps treat muscle tears.", "soleus-claims-to-diagnose-or-treat")]
    [InlineData("Your answers rule out a clot.", "claims-to-diagnose-or-treat-a-condition")]
    [InlineData("Regular sessions treat muscle injuries.", "claims-to-diagnose-or-treat-a-condition")]
    [InlineData("These questions screen you for blood clots.", "claims-to-diagnose-or-treat-a-condition")]
    [InlineData("A quick check that detects nerve problems.", "claims-to-diagnose-or-treat-a-condition")]
    [InlineData("Massage in this way treats plantar fasciitis.", "claims-to-diagnose-or-treat-a-condition")]
    [InlineData("Diagnosing a tear at home is easy with these steps.", "claims-to-diagnose-or-treat-a-condition")]
    [InlineData("Massage cures tight calves.", "promises-a-cure")]
    [InlineData("A cure for night cramps.", "promises-a-cure")]
    [InlineData("A clot is unlikely if you have no swelling.", "clot-is-unlikely")]
    [InlineData("Without redness, DVT is not likely.", "clot-is-unlikely")]
    [InlineData("If it eases with rest there is no need to worry about a clot.", "unlikely-to-be-a-clot")]
    [InlineData("This is unlikely to be a clot.", "unlikely-to-be-a-clot")]
    [InlineData("Pain on both sides is unlikely to be a blood clot.", "unlikely-to-be-a-clot")]
    [InlineData("It's probably not a clot.", "probably-not-a-clot")]
    [InlineData("That is almost certainly not a DVT.", "probably-not-a-clot")]
    [InlineData("Don't worry, it's not a blood clot.", "not-a-clot")]
    [InlineData("There is no clot in your leg.", "not-a-clot")]
    [InlineData("There is little chance of a clot after a run.", "low-chance-of-a-clot")]
    [InlineData("With no swelling the risk of DVT is low, so carry on.", "clot-is-unlikely")]
    [InlineData("Ease off if the ache turns into a sharp pain.", "goes-on-through-sharp-pain")]
    [InlineData("If the pressure feels sharp, take weight off, and stop if it does not ease.", "goes-on-through-sharp-pain")]
    [InlineData("A little stabbing is fine: keep going.", "goes-on-through-sharp-pain")]
    [InlineData("Push through the sharp bits.", "goes-on-through-sharp-pain")]
    public void ForbiddenClaims_BadSentence_IsCaughtByItsPattern(string sentence, string pattern)
    {
        Assert.Contains(pattern, ForbiddenClaims.FoundIn(sentence));
    }

    [Theory]
    [InlineData("These questions cannot tell what is causing your symptoms; only a health professional can.")]
    [InlineData("Sudden swelling of one calf needs a doctor to look at it today.")]
    [InlineData("Pregnancy and the weeks after giving birth raise the chance of clots in the legs.")]
    [InlineData("Pressing on a clot can break part of it loose.")]
    [InlineData("Check with a doctor or physiotherapist before you try any self-treatment.")]
    [InlineData("While a strained or torn calf heals, when to massage it should be guided by a physiotherapist.")]
    [InlineData("Your muscles rely on minerals such as magnesium, potassium and calcium.")]
    public void ForbiddenClaims_PlainSafeSentence_IsNotCaught(string sentence)
    {
        Assert.Empty(ForbiddenClaims.FoundIn(sentence));
    }

    [Fact]
    public void UserFacingText_Walker_SkipsIdsVersionsAndSourcesButKeepsTheWarnings()
    {
        const string json = """
            { "id": "x-rules-out-clots", "version": "1.0.0", "title": "A title",
              "items": [ { "id": "cures", "text": "Some words", "sources": ["seed: Cures"] } ],
              "figure": { "min": 1, "max": 2, "source": "seed: It cures" }, "dvtWarning": "Warning words" }
            """;

        var texts = UserFacingText.In(json);

        Assert.Equal(["$.title", "$.items[0].text", "$.dvtWarning"], texts.Select(t => t.Path));
    }

    [Fact]
    public void Protocol_DisclaimerAndDvtWarning_StandInTheData()
    {
        var protocol = ShippedProtocol.Load();

        Assert.Contains("not medical advice", protocol.Disclaimer, StringComparison.Ordinal);
        Assert.Matches("(?i)doctor|physiotherapist|health professional", protocol.Disclaimer);
        foreach (var sign in new[] { "swelling", "redness", "warmth", "pain", "emergency care now", "{clotInstruction}", "pulmonary embolism", "Do not massage" })
        {
            Assert.Contains(sign, protocol.DvtWarning, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Questionnaire_DvtWarning_IsTheProtocolsWordForWord()
    {
        Assert.Equal(ShippedProtocol.Load().DvtWarning, ShippedQuestionnaire.Load().DvtWarning);
    }

    [Theory]
    [InlineData("breathing-chest-symptoms=yes")]
    [InlineData("breathing-chest-symptoms=not-sure")]
    [InlineData("breathing-chest-symptoms=unanswered")]
    [InlineData("one-calf-swelling=yes")]
    [InlineData("one-calf-swelling=not-sure")]
    [InlineData("one-calf-swelling=unanswered")]
    [InlineData("calf-red-warm=yes")]
    [InlineData("calf-red-warm=not-sure")]
    [InlineData("calf-red-warm=unanswered")]
    [InlineData("calf-red-warm=yes;sharp-pain:left=yes;profile=missing")]
    [InlineData("breathing-chest-symptoms=yes;one-calf-swelling=yes;profile.pregnant=yes")]
    [InlineData("calf-pain-no-cause=yes")]
    [InlineData("calf-pain-no-cause=unanswered")]
    public void Screen_ClotSignOrEmergency_CarriesTheDvtWarningAndSaysToGetEmergencyCareNow(string spec)
    {
        var questionnaire = ShippedQuestionnaire.Load();
        var (answers, profile) = ScreeningTable.Build(questionnaire, spec, [Leg.Left, Leg.Right]);

        var result = Screener.Screen(questionnaire, answers, [Leg.Left, Leg.Right], profile, ScreeningTable.Now);

        Assert.Equal(Verdict.Emergency, result.Verdict);
        Assert.Equal(questionnaire.Render(ShippedProtocol.Load().DvtWarning), result.DvtWarning);
        Assert.Contains("do not massage", result.Advice!.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(questionnaire.Render(questionnaire.Emergency.ClotInstruction), result.Advice.Text, StringComparison.Ordinal);
        Assert.Contains(questionnaire.Render(questionnaire.Emergency.ClotInstruction), result.DvtWarning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sharp-pain:left=yes")]
    [InlineData("pain-persisting=yes")]
    [InlineData("profile=missing")]
    public void Screen_NotAnEmergency_NoDvtWarningOnTheResult(string spec)
    {
        var questionnaire = ShippedQuestionnaire.Load();
        var (answers, profile) = ScreeningTable.Build(questionnaire, spec, [Leg.Left, Leg.Right]);

        var result = Screener.Screen(questionnaire, answers, [Leg.Left, Leg.Right], profile, ScreeningTable.Now);

        Assert.Null(result.DvtWarning);
    }

    [Theory]
    [InlineData("one-calf-swelling")]
    [InlineData("calf-red-warm")]
    [InlineData("calf-pain-no-cause")]
    public void Question_ClotSign_MessageSaysNoMassageAndEmergencyCareNow_NeverToday(string id)
    {
        var questionnaire = ShippedQuestionnaire.Load().WithEmergencyNumber("999");
        var message = questionnaire.Render(questionnaire.Question(id).Message);

        Assert.Contains("do not massage", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Call 999 now, or go straight to the nearest emergency department.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("today", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("urgent care", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void StepNotes_SharpOrStabbingPain_AlwaysMeansStop()
    {
        var notes = ShippedProtocol.Load().Steps.SelectMany(s => s.SafetyNotes.Select(n => (s.Id, Note: n)))
            .Where(n => Regex.IsMatch(n.Note, @"\b(sharp|stabbing)\b", RegexOptions.IgnoreCase)).ToList();

        Assert.True(notes.Count >= 8, $"Only {notes.Count} step notes name sharp or stabbing pain.");
        Assert.All(notes, n => Assert.Matches(@"(?i)\bstop\b", n.Note));
        Assert.All(notes, n => Assert.Empty(ForbiddenClaims.FoundIn(n.Note)));
    }

    [Fact]
    public void MessagesDoc_EverySafetyTextOfTheQuestionnaire_IsListedWordForWord()
    {
        var doc = RepoFile.Text("docs/safety/messages.md");
        var texts = UserFacingText.In(ShippedProtocol.Text("screening.json"));

        var missing = texts.Where(t => !doc.Contains(t.Text, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "docs/safety/messages.md is missing (or has a different wording of):" + Environment.NewLine
            + string.Join(Environment.NewLine, missing.Select(m => $"{m.Path}: {m.Text}")));
    }

    [Fact]
    public void MessagesDoc_ProtocolDisclaimerAndDvtWarning_AreListedWordForWord()
    {
        var doc = RepoFile.Text("docs/safety/messages.md");
        var protocol = ShippedProtocol.Load();

        Assert.Contains(protocol.Disclaimer, doc, StringComparison.Ordinal);
        Assert.Contains(protocol.DvtWarning, doc, StringComparison.Ordinal);
    }
}
