using System.Text.RegularExpressions;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Tests.Protocols;

/// <summary>
/// The facts of the source article (the seed) that the shipped protocol states in words rather than figures: where
/// each muscle lies, how each step is done, what it feels like and its common mistake. Each row is a pattern
/// (case-insensitive) that one item of the named field must match, so a rewording may change the words around it
/// but not the fact. See docs/seed-traceability.md for which row covers which fact.
/// </summary>
public class SeedTextFactsTests
{
    private readonly Protocol _protocol = ShippedProtocol.Load();

    [Theory]
    [InlineData("gastrocnemius", "location", @"\bdiamond-shaped\b")]
    [InlineData("gastrocnemius", "location", @"\bat the surface of the calf\b")]
    [InlineData("gastrocnemius", "location", @"\bfrom behind the knee to the heel\b.*\bAchilles tendon\b")]
    [InlineData("soleus", "location", @"\bbroad, flat muscle underneath the gastrocnemius\b")]
    [InlineData("soleus", "location", @"\bpress deeply into the bottom third of the calf, near the ankle\b")]
    [InlineData("soleus", "description", @"\bthumbs\b.*\bwithout sinking in\b.*\bthe soleus\b")]
    public void MuscleText_FromSeed_SaysTheSeedsFact(string muscle, string field, string pattern)
    {
        var found = _protocol.Muscles.Single(m => m.Id == muscle);

        AssertOneMatches($"muscles[{muscle}].{field}", pattern, field switch
        {
            "location" => [found.Location],
            "description" => [found.Description],
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a text field of a muscle"),
        });
    }

    [Theory]
    [InlineData("warm-up", "instructions", @"\blift your hands off just below the knee\b")]
    [InlineData("warm-up", "instructions", @"\bback down to the ankle, with no pressure\b")]
    [InlineData("warm-up", "feel", @"\bwarm\b")]
    [InlineData("warm-up", "feel", @"\bskin may go a little pink\b")]
    [InlineData("warm-up", "commonMistake", @"^Rushing\.")]
    [InlineData("warm-up", "commonMistake", @"\bslow, even strokes\b")]
    [InlineData("knead", "instructions", @"\bin a C shape, thumbs on one side and fingers on the other\b")]
    [InlineData("knead", "feel", @"\bmore tender\b.*\bremember where they are for the next layer\b")]
    [InlineData("knead", "commonMistake", @"^Pinching only the skin\.")]
    [InlineData("knead", "commonMistake", @"\bdeeper hold\b.*\bthe body of the muscle\b")]
    [InlineData("trigger-points", "instructions", @"\bone thumb on top of the other\b")]
    [InlineData("trigger-points", "instructions", @"\bmost tender spot you noticed while kneading\b")]
    [InlineData("trigger-points", "instructions", @"\bbreathe slowly\b")]
    [InlineData("trigger-points", "commonMistake", @"^Letting go too early\.")]
    [InlineData("trigger-points", "commonMistake", @"\bneeds the whole hold\b")]
    [InlineData("strip", "feel", @"\bshould never be sharp\b")]
    [InlineData("strip", "safetyNotes", @"^Stop if\b.*\bsharp or stabbing\b")]
    [InlineData("strip", "commonMistake", @"^Pressing too hard too soon\.")]
    [InlineData("strip", "commonMistake", @"\bbruising afterwards means the pressure was too much\b")]
    [InlineData("strip", "safetyNotes", @"\bIf you bruise, use less pressure\b")]
    [InlineData("massage-gun", "instructions", @"^Rest the head of the gun lightly on the calf\b")]
    [InlineData("massage-gun", "instructions", @"\bno need to push\b")]
    [InlineData("massage-gun", "purpose", @"\bwarm-up before the hand layers\b")]
    public void StepText_FromSeed_SaysTheSeedsFact(string step, string field, string pattern)
    {
        var found = _protocol.Step(step);

        AssertOneMatches($"steps[{step}].{field}", pattern, field switch
        {
            "purpose" => [found.Purpose],
            "instructions" => found.Instructions,
            "feel" => [found.Feel],
            "commonMistake" => [found.CommonMistake],
            "safetyNotes" => found.SafetyNotes,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a text field of a step"),
        });
    }

    /// <summary>One item matches the pattern, ignoring case; <c>^</c> and <c>$</c> are the item's ends.</summary>
    private static void AssertOneMatches(string place, string pattern, IReadOnlyList<string> items) =>
        Assert.True(
            items.Any(i => Regex.IsMatch(i, pattern, RegexOptions.IgnoreCase)),
            $"No item of {place} matches /{pattern}/:" + Environment.NewLine + string.Join(Environment.NewLine, items));
}
