using Soleus.Web.Features.Accounts;

namespace Soleus.Web.Tests.Features;

public sealed class PasswordRulesTests
{
    private const string Email = "river.stone@example.org";

    [Theory]
    [InlineData("aaaaaaaa")]
    [InlineData("        ")]
    [InlineData("Summer2024")]
    [InlineData("password123")]
    [InlineData("qwertyuiop")]
    [InlineData(Email)]
    [InlineData("riverstone1")]
    [InlineData("soleus2026!")]
    public void Check_EasyToGuess_IsRefusedSayingHowToMendIt(string password)
    {
        var problem = PasswordRules.Check(password, Email);

        Assert.Equal("This password would be easy to guess. Try three or four unrelated words together, or a longer password.", problem);
    }

    [Theory]
    [InlineData(TestApi.Password)]
    [InlineData("another-quiet-lantern-phrase")]
    [InlineData("a-brand-new-calf-phrase")]
    [InlineData("another-calm-phrase")]
    [InlineData("a much newer password")]
    [InlineData("lantern orchard pebble violin")]
    public void Check_HardToGuess_IsAccepted(string password) =>
        Assert.Null(PasswordRules.Check(password, Email));

    [Theory]
    [InlineData(null, "at least 8 characters")]
    [InlineData("x7#kQ2", "at least 8 characters")]
    public void Check_TooShort_NamesTheLength(string? password, string expected) =>
        Assert.Contains(expected, PasswordRules.Check(password, Email), StringComparison.Ordinal);

    [Fact]
    public void Check_TooLong_NamesTheLength() =>
        Assert.Contains("at most 128 characters", PasswordRules.Check(new string('k', 129), Email), StringComparison.Ordinal);
}
