using Soleus.Domain.Planning;
using Soleus.Domain.Progress;
using Soleus.Domain.Screening;
using Soleus.Domain.Tests.Screening;

namespace Soleus.Domain.Tests.Progress;

public class RootCausesTests
{
    private static readonly Questionnaire Questionnaire = ShippedQuestionnaire.Load();

    [Theory]
    [InlineData("cramps-or-fatigue", "yes", "cramps-or-fatigue")]
    [InlineData("cramps-or-fatigue", "not-sure", "cramps-or-fatigue")]
    [InlineData("cramps-or-fatigue", "no", "")]
    [InlineData("ongoing-stress", "yes", "ongoing-stress")]
    [InlineData("heel-pain-first-steps", "yes", "heel-pain-first-steps")]
    [InlineData("heel-pain-first-steps", "no", "")]
    public void For_OneAnswer_GuidanceOnlyForYesOrNotSure(string id, string answer, string expected)
    {
        var answers = new Dictionary<string, Answer> { [id] = answer switch { "yes" => Answer.Yes, "no" => Answer.No, _ => Answer.NotSure } };

        var guidance = RootCauses.For(Questionnaire, answers);

        Assert.Equal(expected, string.Join(",", guidance.Select(g => g.Id)));
    }

    [Fact]
    public void For_AllYes_EveryGuidanceInQuestionnaireOrder()
    {
        var answers = new Dictionary<string, Answer>
        {
            ["heel-pain-first-steps"] = Answer.Yes,
            ["ongoing-stress"] = Answer.Yes,
            ["cramps-or-fatigue"] = Answer.Yes,
        };

        var guidance = RootCauses.For(Questionnaire, answers);

        Assert.Equal(["cramps-or-fatigue", "ongoing-stress", "heel-pain-first-steps"], guidance.Select(g => g.Id));
    }

    [Fact]
    public void For_NothingAnswered_NoGuidance()
    {
        Assert.Empty(RootCauses.For(Questionnaire, new Dictionary<string, Answer>()));
    }

    [Fact]
    public void For_UnknownQuestion_Throws()
    {
        Assert.Throws<ArgumentException>(() => RootCauses.For(Questionnaire, new Dictionary<string, Answer> { ["magnesium"] = Answer.Yes }));
    }

    [Fact]
    public void For_Cramps_SuggestsAskingADoctorAboutTheThreeMineralsWithoutPromisingSupplements()
    {
        var guidance = Assert.Single(RootCauses.For(Questionnaire, new Dictionary<string, Answer> { ["cramps-or-fatigue"] = Answer.Yes }));

        Assert.Contains("magnesium, potassium and calcium", guidance.Text, StringComparison.Ordinal);
        Assert.Contains("doctor", guidance.Text, StringComparison.Ordinal);
        Assert.Contains("no promise", guidance.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)supplements? (will|can) (help|fix|relieve)", guidance.Text);
    }

    [Fact]
    public void For_Stress_GivesRelaxationGuidance()
    {
        var guidance = Assert.Single(RootCauses.For(Questionnaire, new Dictionary<string, Answer> { ["ongoing-stress"] = Answer.Yes }));

        Assert.Contains("relax", guidance.Text, StringComparison.Ordinal);
        Assert.Contains("breathe slowly", guidance.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_HeelPain_ExplainsTheAchillesLinkAndSuggestsSoleusWithAFoamRoller()
    {
        var guidance = Assert.Single(RootCauses.For(Questionnaire, new Dictionary<string, Answer> { ["heel-pain-first-steps"] = Answer.Yes }));

        Assert.Contains("Achilles", guidance.Text, StringComparison.Ordinal);
        Assert.Contains("plantar fascia", guidance.Text, StringComparison.Ordinal);
        Assert.Equal(Emphasis.Soleus, guidance.SuggestedEmphasis);
        Assert.Equal("foam-roller", guidance.SuggestedEquipment);
        Assert.Contains(guidance.SuggestedEquipment, ShippedProtocol.Load().Preparation.Equipment.Select(e => e.Id));
    }
}
