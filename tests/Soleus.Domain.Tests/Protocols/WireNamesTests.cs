using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Protocols;

public sealed class WireNamesTests
{
    [Fact]
    public void Name_KebabCaseOfTheValue()
    {
        Assert.Equal("professional-first", WireNames.Name(Verdict.ProfessionalFirst));
        Assert.Equal("not-sure", WireNames.Name(Answer.NotSure));
        Assert.Equal("hold-start", WireNames.Name(CueKind.HoldStart));
        Assert.Equal("if-idle", WireNames.Name(CueVoice.IfIdle));
    }

    [Fact]
    public void Parse_EveryNameOfEveryEnumOfTheWire_RoundTrips()
    {
        static void RoundTrip<T>()
            where T : struct, Enum => Assert.All(Enum.GetValues<T>(), v => Assert.Equal(v, WireNames.Parse<T>(WireNames.Name(v))));

        RoundTrip<Leg>();
        RoundTrip<Answer>();
        RoundTrip<Verdict>();
        RoundTrip<Emphasis>();
        RoundTrip<StopReason>();
        RoundTrip<CueKind>();
        RoundTrip<CueVoice>();
        RoundTrip<CueSound>();
        RoundTrip<CalfZone>();
        RoundTrip<CalfLane>();
    }

    [Theory]
    [InlineData("Left")]
    [InlineData("LEFT")]
    [InlineData(" left")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_AnythingButTheExactName_Null(string? name) => Assert.Null(WireNames.Parse<Leg>(name));

    [Fact]
    public void All_InDeclarationOrder() => Assert.Equal(["yes", "no", "not-sure"], WireNames.All<Answer>());
}
