using System.Text.RegularExpressions;
using Soleus.Domain.Progress;
using Soleus.Domain.Screening;
using Soleus.Domain.Tests.Words;

namespace Soleus.Domain.Tests.Screening;

/// <summary>
/// The seed's red flags, its reasons to see a professional and its root causes, against the shipped
/// <c>protocols/screening.json</c>: each question asks about the sign the seed names and says which seed section it
/// comes from, the messages send the person to a professional rather than to harder massage, and the claims Soleus
/// left out of the seed stay out. See docs/seed-traceability.md for which test covers which fact.
/// </summary>
public class SeedSafetyFactsTests
{
    private const string RedFlags = "seed: Red Flags: Stop Immediately If You Notice These";
    private const string SeeAProfessional = "seed: When to See a Professional Instead";

    private static readonly Questionnaire Questionnaire = ShippedQuestionnaire.Load();

    [Theory]
    [InlineData("one-calf-swelling", "either calf, or both, swollen up suddenly")]
    [InlineData("one-calf-swelling", "end of a long day")]
    [InlineData("calf-pain-no-cause", "new pain or tenderness")]
    [InlineData("one-calf-swelling", "swollen up suddenly")]
    [InlineData("one-calf-swelling", "no clear reason")]
    [InlineData("calf-red-warm", "looks red")]
    [InlineData("calf-red-warm", "warm or hot")]
    [InlineData("sharp-pain", "sharp or stabbing pain")]
    [InlineData("numbness-tingling", "numbness or tingling")]
    [InlineData("numbness-tingling", "into either foot")]
    [InlineData("skin-or-veins", "open wound")]
    [InlineData("skin-or-veins", "skin infection")]
    [InlineData("skin-or-veins", "varicose veins")]
    [InlineData("pain-persisting", "more than two weeks")]
    [InlineData("pain-persisting", "self-massage and stretching")]
    [InlineData("one-sided-no-cause", "only one of your calves")]
    [InlineData("one-sided-no-cause", "no obvious reason")]
    [InlineData("pad-or-diabetic-neuropathy", "peripheral arterial disease")]
    [InlineData("pad-or-diabetic-neuropathy", "diabetes that has reduced the feeling")]
    [InlineData("blood-thinner-or-clotting-disorder", "blood clotting disorder")]
    [InlineData("recovering-calf-strain", "calf strain")]
    [InlineData("recovering-calf-strain", "torn calf muscle")]
    [InlineData("pregnant", "pregnant")]
    public void Question_Text_AsksAboutTheSeedsSign(string id, string words)
    {
        Assert.Contains(words, Questionnaire.Question(id).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("one-calf-swelling", RedFlags)]
    [InlineData("calf-red-warm", RedFlags)]
    [InlineData("sharp-pain", RedFlags)]
    [InlineData("numbness-tingling", RedFlags)]
    [InlineData("skin-or-veins", RedFlags)]
    [InlineData("pain-persisting", SeeAProfessional)]
    [InlineData("one-sided-no-cause", SeeAProfessional)]
    [InlineData("pad-or-diabetic-neuropathy", SeeAProfessional)]
    [InlineData("blood-thinner-or-clotting-disorder", SeeAProfessional)]
    [InlineData("recovering-calf-strain", SeeAProfessional)]
    [InlineData("pregnant", SeeAProfessional)]
    public void Question_Sources_NameTheSeedSection(string id, string source)
    {
        Assert.Contains(source, Questionnaire.Question(id).Sources);
    }

    [Fact]
    public void Question_ProfessionalFirst_MessageNamesWhoToSee()
    {
        var questions = Questionnaire.Questions.Where(q => q.VerdictIfYes == Verdict.ProfessionalFirst).ToList();

        Assert.Equal(
            ["numbness-tingling", "pain-persisting", "one-sided-no-cause", "blood-thinner-or-clotting-disorder", "previous-clot",
             "pad-or-diabetic-neuropathy", "pregnant", "recent-surgery-or-immobilisation-or-cancer", "recovering-calf-strain"],
            questions.Select(q => q.Id));
        Assert.All(questions, q => Assert.Matches("doctor|physiotherapist|midwife", q.Message));
    }

    [Fact]
    public void Referral_EveryMessage_SendsThePersonToAPhysiotherapistOrDoctor()
    {
        Assert.Equal(
            [ReferralRules.NotBetterId, ReferralRules.OneLegOnlyId, ReferralRules.OneLegNotEasingId, ReferralRules.TwoSafetyStopsId, ReferralRules.PainAfterRisingId],
            Questionnaire.Referrals.Select(r => r.Id));
        Assert.All(Questionnaire.Referrals, r => Assert.Matches("physiotherapist", r.Message));
    }

    [Fact]
    public void PainNotRespondingToSelfCare_Messages_SayGetAssessedNotPressHarder()
    {
        var referral = Questionnaire.Referral(ReferralRules.NotBetterId).Message;
        var question = Questionnaire.Question("pain-persisting").Message;

        Assert.Contains("professional assessment", referral, StringComparison.Ordinal);
        Assert.Contains("more or harder massage is not the answer", referral, StringComparison.Ordinal);
        Assert.Contains("should be assessed by a physiotherapist or doctor", question, StringComparison.Ordinal);
        Assert.Contains("Pressing harder or longer at home is not the answer", question, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferralRules_Window_IsTheSeedsTwoWeeks()
    {
        Assert.Equal(TimeSpan.FromDays(14), ReferralRules.Window);
        Assert.Contains("two weeks", Questionnaire.Referral(ReferralRules.NotBetterId).Message, StringComparison.Ordinal);
        Assert.Contains("two weeks", Questionnaire.Referral(ReferralRules.OneLegOnlyId).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RootCauses.CrampsOrFatigue, "cramps at night", "magnesium, potassium and calcium", "seed: Nutritional Deficiencies: Magnesium, Potassium, and Calcium")]
    [InlineData(RootCauses.OngoingStress, "stress", "keep muscles a little braced", "seed: Cortisol, Stress, and Muscle Tension")]
    [InlineData(RootCauses.HeelPainFirstSteps, "heel", "Achilles tendon", "seed: The Calf–Plantar Fasciitis Connection")]
    public void RootCause_QuestionTextAndSource_CarryTheSeedsLink(string id, string inQuestion, string inText, string source)
    {
        var guidance = Questionnaire.RootCauses.Single(g => g.Id == id);

        Assert.Contains(inQuestion, guidance.Question, StringComparison.Ordinal);
        Assert.Contains(inText, guidance.Text, StringComparison.Ordinal);
        Assert.Contains(source, guidance.Sources);
    }

    [Theory]
    [InlineData("(?i)cortisol|hormone")]
    [InlineData(@"48\s?%")]
    [InlineData("PMC")]
    [InlineData("(?i)lactic acid|adhesion|ischemic|spindle")]
    [InlineData("°C")]
    public void ShippedText_ClaimLeftOutOfTheSeed_IsNotMade(string pattern)
    {
        var texts = new[] { "four-layer-method.json", ShippedQuestionnaire.File }
            .SelectMany(f => UserFacingText.In(ShippedProtocol.Text(f)).Select(t => (File: f, t.Path, t.Text)));

        var found = texts.Where(t => Regex.IsMatch(t.Text, pattern)).ToList();

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Select(f => $"{f.File} {f.Path}: {f.Text}")));
    }
}
