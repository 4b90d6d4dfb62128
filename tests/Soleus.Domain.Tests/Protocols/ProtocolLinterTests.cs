using System.Text;
using System.Text.Json.Nodes;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Tests.Protocols;

public class ProtocolLinterTests
{
    [Fact]
    public void Lint_ShippedProtocol_FindsNothing()
    {
        using var stream = File.OpenRead(ShippedProtocol.PathOf("four-layer-method.json"));
        var protocol = ProtocolLoader.Read<Protocol>(stream, "four-layer-method.json");

        Assert.Empty(ProtocolLinter.Lint(protocol));
    }

    [Theory]
    [InlineData("warm-up", "direction", "\"knee-to-ankle\"", "upward-strokes")]
    [InlineData("strip", "direction", "\"none\"", "upward-strokes")]
    [InlineData("foam-roller", "direction", "\"knee-to-ankle\"", "upward-strokes")]
    [InlineData("knead", "direction", "\"knee-to-ankle\"", "upward-strokes")]
    [InlineData("knead", "zones", "[\"lower\",\"mid\",\"back-of-knee\"]", "no-back-of-knee-or-bone")]
    [InlineData("strip", "lanes", "[\"centre\",\"achilles-insertion\"]", "no-back-of-knee-or-bone")]
    [InlineData("massage-ball", "avoid", "[\"back-of-knee\"]", "no-back-of-knee-or-bone")]
    [InlineData("massage-gun", "avoid", "[\"bone\"]", "no-back-of-knee-or-bone")]
    [InlineData("massage-gun", "maxSpeed", "\"high\"", "gun-speed")]
    [InlineData("massage-gun", "durationSeconds", "{\"min\":60,\"max\":120,\"source\":\"x\"}", "gun-time")]
    [InlineData("knead", "layer", "3", "layer-order")]
    [InlineData("strip", "role", "\"knead\"", "layer-order")]
    [InlineData("massage-ball", "role", "\"strip\"", "layer-order")]
    [InlineData("knead", "durationSeconds", "{\"min\":120,\"max\":90,\"source\":\"x\"}", "duration-range")]
    [InlineData("trigger-points", "holdSeconds", "{\"min\":0,\"max\":30,\"source\":\"x\"}", "duration-range")]
    [InlineData("trigger-points", "holdSeconds", "{\"min\":20,\"max\":120,\"source\":\"x\"}", "seed-bounds")]
    [InlineData("warm-up", "cadencePerMinute", "{\"min\":6,\"max\":20,\"source\":\"x\"}", "seed-bounds")]
    [InlineData("strip", "passesPerLane", "{\"min\":1,\"max\":3,\"source\":\"x\"}", "seed-bounds")]
    [InlineData("opposite-knee", "holdSeconds", "{\"min\":15,\"max\":40,\"source\":\"x\"}", "seed-bounds")]
    [InlineData("warm-up", "cadencePerMinute", "null", "pattern-figures")]
    [InlineData("strip", "passSeconds", "null", "pattern-figures")]
    [InlineData("warm-up", "safetyNotes", "[\"If the calf becomes swollen, see a doctor today.\"]", "clot-urgency")]
    [InlineData("knead", "safetyNotes", "[\"A swollen calf: {clotInstruction} Or urgent care.\"]", "clot-urgency")]
    [InlineData("knead", "briefing", "\"\"", "briefing")]
    [InlineData("strip", "briefing", "\"Knuckles above the ankle, pressing gently at first, then slide slowly up the centre of the calf, then the inner edge, then the outer edge, pausing on any dense spot for a few seconds, and lift off below the knee each time.\"", "briefing")]
    public void Load_TamperedStep_IsRefusedNamingRuleStepAndField(string step, string field, string value, string rule)
    {
        var tampered = Tamper(root => StepNode(root, step)[field] = JsonNode.Parse(value));

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == rule && v.Step == step && v.Field == field);
        Assert.Contains($"[{rule}] step '{step}', field '{field}'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LayersSwapped_IsRefusedForLayerOrder()
    {
        var tampered = Tamper(root =>
        {
            var steps = root["steps"]!.AsArray();
            var knead = steps[1]!;
            steps.RemoveAt(1);
            steps.Insert(2, knead);
        });

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "layer-order" && v.Field == "layer");
    }

    [Fact]
    public void Load_StepMissing_IsRefusedForStepIds()
    {
        var tampered = Tamper(root =>
        {
            var steps = root["steps"]!.AsArray();
            steps.Remove(StepNode(root, "massage-gun"));
        });

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "step-ids" && v.Step == "massage-gun" && v.Field == "id");
    }

    [Fact]
    public void Load_DirectionRuleDownward_IsRefused()
    {
        var tampered = Tamper(root => root["preparation"]!["directionRule"]!["direction"] = "knee-to-ankle");

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "upward-strokes" && v.Field == "directionRule.direction");
    }

    [Fact]
    public void Load_MinutesPerCalfBeyondSeed_IsRefused()
    {
        var tampered = Tamper(root => root["minutesPerCalf"] = JsonNode.Parse("{\"min\":5,\"max\":30,\"source\":\"x\"}"));

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "seed-bounds" && v.Field == "minutesPerCalf");
    }

    [Fact]
    public void Load_GetReadyTooShortForTheBriefings_IsRefusedForEveryStepsBriefing()
    {
        var tampered = Tamper(root => root["getReadySeconds"] = JsonNode.Parse("{\"min\":8,\"max\":8,\"source\":\"x\"}"));

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Equal(SeedBounds.StepIds.Order(), refused.Violations.Where(v => v.Rule == "briefing" && v.Field == "briefing").Select(v => v.Step).Order());
    }

    internal static string Tamper(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(ShippedProtocol.Text())!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    internal static JsonObject StepNode(JsonObject root, string id) =>
        root["steps"]!.AsArray().Single(s => (string?)s!["id"] == id)!.AsObject();

    internal static Protocol Load(string json) =>
        ProtocolLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "tampered.json");
}
