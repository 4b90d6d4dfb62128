using System.Text;
using System.Text.Json.Nodes;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Tests.Safety;

/// <summary>
/// The hazard log's controls that live in the protocol linter: an edit of the method's data that teaches a downward
/// stroke, presses on the back of the knee or on bone, or runs a massage gun too fast or too long is refused on load.
/// </summary>
public class ProtocolSafetyTests
{
    [Theory]
    [InlineData("warm-up")]
    [InlineData("strip")]
    [InlineData("foam-roller")]
    [InlineData("opposite-knee")]
    public void Load_DownwardStroke_IsRefusedForUpwardStrokes(string step)
    {
        var tampered = Tamper(root => Step(root, step)["direction"] = "knee-to-ankle");

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "upward-strokes" && v.Step == step && v.Field == "direction");
    }

    [Fact]
    public void Load_DirectionRuleTurnedDownward_IsRefusedForUpwardStrokes()
    {
        var tampered = Tamper(root => root["preparation"]!["directionRule"]!["direction"] = "knee-to-ankle");

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "upward-strokes");
    }

    [Fact]
    public void Load_ShippedProtocol_EveryTravellingStrokeGoesAnkleToKnee()
    {
        var protocol = ShippedProtocol.Load();

        Assert.All(protocol.Steps.Where(s => s.Stroke is StrokeKind.Glide or StrokeKind.Strip or StrokeKind.Roll),
            s => Assert.Equal(Direction.AnkleToKnee, s.Direction));
        Assert.DoesNotContain(protocol.Steps, s => s.Direction == Direction.KneeToAnkle);
    }

    [Theory]
    [InlineData("knead", "zones", "[\"lower\",\"mid\",\"back-of-knee\"]")]
    [InlineData("massage-gun", "zones", "[\"lower\",\"popliteal-fossa\"]")]
    [InlineData("massage-ball", "avoid", "[\"back-of-knee\"]")]
    [InlineData("foam-roller", "avoid", "[\"bone\"]")]
    public void Load_BackOfKneeOrBoneNotAvoided_IsRefused(string step, string field, string value)
    {
        var tampered = Tamper(root => Step(root, step)[field] = JsonNode.Parse(value));

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "no-back-of-knee-or-bone" && v.Step == step && v.Field == field);
    }

    [Theory]
    [InlineData("\"high\"")]
    [InlineData("null")]
    public void Load_MassageGunFasterThanMedium_IsRefusedForGunSpeed(string speed)
    {
        var tampered = Tamper(root => Step(root, "massage-gun")["maxSpeed"] = JsonNode.Parse(speed));

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "gun-speed" && v.Step == "massage-gun");
    }

    [Theory]
    [InlineData(91)]
    [InlineData(120)]
    public void Load_MassageGunLongerThanNinetySeconds_IsRefusedForGunTime(int seconds)
    {
        var tampered = Tamper(root => Step(root, "massage-gun")["durationSeconds"]!["max"] = seconds);

        var refused = Assert.Throws<ProtocolRejectedException>(() => Load(tampered));

        Assert.Contains(refused.Violations, v => v.Rule == "gun-time" && v.Step == "massage-gun" && v.Field == "durationSeconds");
    }

    [Fact]
    public void Load_MassageGunAtNinetySecondsAndMedium_IsAccepted()
    {
        var tampered = Tamper(root =>
        {
            Step(root, "massage-gun")["durationSeconds"]!["max"] = 90;
            Step(root, "massage-gun")["maxSpeed"] = "medium";
        });

        var protocol = Load(tampered);

        Assert.Equal(90, protocol.Step("massage-gun").DurationSeconds.Max);
    }

    private static string Tamper(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(ShippedProtocol.Text())!;
        change(root);
        return root.ToJsonString();
    }

    private static JsonNode Step(JsonNode root, string id) => root["steps"]!.AsArray().Single(s => (string?)s!["id"] == id)!;

    private static Protocol Load(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return ProtocolLoader.Load(stream, "four-layer-method.json");
    }
}
