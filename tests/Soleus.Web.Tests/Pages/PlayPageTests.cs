using AngleSharp.Html.Dom;

namespace Soleus.Web.Tests.Pages;

public sealed class PlayPageTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Finish_SpotPicker_EachCalfSeenFromBehindAsThePlayerDrawsIt()
    {
        var browser = new Browser(factory.Client());
        await Flows.AcceptDisclaimer(browser);
        var plan = await Flows.Screen(browser);

        var play = await browser.Submit(Browser.FormByButton(plan, "Start the guided session"));

        // The left calf's inner side faces the other leg: on the right of the picture; the right calf's, on the left.
        Assert.Equal(["outer", "centre", "inner"], Lanes(play, "left"));
        Assert.Equal(["inner", "centre", "outer"], Lanes(play, "right"));
    }

    private static IEnumerable<string> Lanes(IHtmlDocument page, string leg) =>
        page.QuerySelectorAll($".spot-picker button[data-leg='{leg}'][data-zone='upper']").Select(b => b.GetAttribute("data-lane")!);
}
