using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Xunit.Abstractions;

namespace Soleus.Domain.Tests.Planning;

public class GetReadyTests(ITestOutputHelper output)
{
    public static TheoryData<string> StepIds => [.. Plans.Protocol.Steps.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(StepIds))]
    public void Seconds_EveryStep_WhatSayingItsBriefingTakesAtOneHundredFiftyWordsAMinutePlusTwoToSettle(string stepId)
    {
        var step = Plans.Protocol.Step(stepId);

        foreach (var opensCalf in new[] { false, true })
        {
            var words = GetReady.Cues(step, Leg.Left, 90, switching: opensCalf).Sum(c => GetReady.Words(c.Text));
            var seconds = GetReady.Seconds(step, opensCalf);

            output.WriteLine($"{stepId}{(opensCalf ? ", opening a calf" : "")}: {words} words, {seconds} s");
            Assert.InRange(seconds, (words * 0.4) + 2, (words * 0.4) + 3);
            Assert.True(Plans.Protocol.GetReadySeconds.Contains(seconds), $"{seconds} s is outside getReadySeconds {Plans.Protocol.GetReadySeconds}");
        }
    }

    [Theory]
    [MemberData(nameof(StepIds))]
    public void Cues_EveryStep_TheStepItsLegAndLengthThenItsBriefingThenTheUpwardRuleWhenItTravels(string stepId)
    {
        var step = Plans.Protocol.Step(stepId);

        var cues = GetReady.Cues(step, Leg.Right, 75, switching: true).ToList();

        var travels = step.Direction == Direction.AnkleToKnee;
        Assert.Equal([CueKind.SwitchLeg, CueKind.GetReady, CueKind.Briefing, .. travels ? [CueKind.Direction] : Array.Empty<CueKind>()], cues.Select(c => c.Kind));
        Assert.Equal("Switch to the right leg.", cues[0].Text);
        Assert.Equal($"Get ready: {step.Name}, right leg, 75 seconds.", cues[1].Text);
        Assert.Equal(step.Briefing, cues[2].Text);
        Assert.All(cues, c => Assert.Equal(0, c.AtSeconds));
    }

    [Fact]
    public void Briefings_ShippedProtocol_ShortAndNoneIsTheStepsPurposeOrInstructions()
    {
        foreach (var step in Plans.Protocol.Steps)
        {
            Assert.InRange(GetReady.Words(step.Briefing), 8, 25);
            Assert.NotEqual(step.Purpose, step.Briefing);
            Assert.DoesNotContain(step.Briefing, step.Instructions);
            Assert.EndsWith(".", step.Briefing, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Hold 1 of 3: 20 seconds.", 6)]
    [InlineData("Don't press into the hollow behind the knee.", 8)]
    [InlineData("Opposite-knee press", 3)]
    [InlineData("3", 1)]
    [InlineData(" — ", 0)]
    public void Words_Text_CountsRunsOfLettersOrDigits(string text, int expected) => Assert.Equal(expected, GetReady.Words(text));
}
