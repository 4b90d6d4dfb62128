using System.Text.Json.Nodes;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Tests.Protocols;

public class ProtocolLoaderTests
{
    [Fact]
    public void Load_ShippedProtocol_HasIdVersionAndEveryStep()
    {
        var protocol = ShippedProtocol.Load();

        Assert.Equal("four-layer-method", protocol.Id);
        Assert.Matches(@"^\d+\.\d+\.\d+$", protocol.Version);
        Assert.Equal(SeedBounds.StepIds, protocol.Steps.Select(s => s.Id));
    }

    [Fact]
    public void Load_NotJson_NamesFileAndPosition()
    {
        var error = Assert.Throws<ProtocolFormatException>(() => ProtocolLinterTests.Load("{ \"id\": "));

        Assert.Equal("tampered.json", error.File);
        Assert.StartsWith("tampered.json: at $", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RequiredFieldMissing_NamesPathAndField()
    {
        var tampered = ProtocolLinterTests.Tamper(root => ProtocolLinterTests.StepNode(root, "knead").Remove("durationSeconds"));

        var error = Assert.Throws<ProtocolFormatException>(() => ProtocolLinterTests.Load(tampered));

        Assert.Equal("$.steps[1]", error.JsonPath);
        Assert.Contains("durationSeconds", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongType_NamesPath()
    {
        var tampered = ProtocolLinterTests.Tamper(root => ProtocolLinterTests.StepNode(root, "warm-up")["durationSeconds"]!["min"] = "sixty");

        var error = Assert.Throws<ProtocolFormatException>(() => ProtocolLinterTests.Load(tampered));

        Assert.Equal("$.steps[0].durationSeconds.min", error.JsonPath);
    }

    [Fact]
    public void Load_UnknownEnumValue_NamesPath()
    {
        var tampered = ProtocolLinterTests.Tamper(root => ProtocolLinterTests.StepNode(root, "strip")["direction"] = "sideways");

        var error = Assert.Throws<ProtocolFormatException>(() => ProtocolLinterTests.Load(tampered));

        Assert.Equal("$.steps[3].direction", error.JsonPath);
    }

    [Fact]
    public void Load_UnknownField_IsRefused()
    {
        var tampered = ProtocolLinterTests.Tamper(root => root["speedUp"] = JsonValue.Create(true));

        var error = Assert.Throws<ProtocolFormatException>(() => ProtocolLinterTests.Load(tampered));

        Assert.Contains("speedUp", error.Message, StringComparison.Ordinal);
    }
}
