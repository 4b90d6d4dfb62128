using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Soleus.Web.Tests.Pages;

/// <summary>Every page: it renders, has one main landmark and one h1, headings in order, no script, no inline style, and labelled controls.</summary>
public sealed class PageStructureTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    public static TheoryData<string> OpenPages => ["/", "/account", "/account/sign-in", "/account/register", "/screening", "/plan"];

    public static TheoryData<string> SignedInPages => ["/profile", "/history", "/summary", "/account", "/account/password", "/account/delete", "/screening"];

    [Theory]
    [MemberData(nameof(OpenPages))]
    public async Task Get_OpenPage_RendersAccessibleStructure(string path)
    {
        var browser = new Browser(factory.Client());
        await Flows.AcceptDisclaimer(browser);

        var page = await browser.Open(path);

        AssertStructure(page);
    }

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task Get_SignedInPage_RendersAccessibleStructure(string path)
    {
        var browser = new Browser(factory.Client());
        await Flows.SignedInReady(browser);

        var page = await browser.Open(path);

        AssertStructure(page);
    }

    [Theory]
    [InlineData("/profile")]
    [InlineData("/history")]
    [InlineData("/summary")]
    [InlineData("/account/password")]
    [InlineData("/account/delete")]
    public async Task Get_SignedInPageAnonymous_RedirectsToSignIn(string path)
    {
        var response = await factory.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Layout_HasSkipLinkNavigationAndTheSafetyReminder()
    {
        var page = await new Browser(factory.Client()).Open("/");

        var skip = page.QuerySelector("a.skip-link")!;
        Assert.Equal("#main", skip.GetAttribute("href"));
        Assert.Same(page.Body!.QuerySelector("a"), skip);
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.Equal(["Home", "Screening", "Plan", "History", "Summary", "Profile", "Account"], page.QuerySelectorAll("nav a").Select(a => a.TextContent.Trim()));
        Assert.Equal("page", page.QuerySelector("nav a[href='/']")!.GetAttribute("aria-current"));
        var footer = page.QuerySelector("footer")!.TextContent;
        Assert.Contains("swells, turns red, feels warm", footer, StringComparison.Ordinal);
        Assert.Contains("short of breath", footer, StringComparison.Ordinal);
        Assert.Contains("Call 112 now, or go straight to the nearest emergency department.", footer, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("footer a[href='tel:112']"));
    }

    [Fact]
    public async Task Get_QuestionsAndPlan_EveryControlLabelledEveryRadioGroupInAFieldsetWithLegend()
    {
        var browser = new Browser(factory.Client());
        await Flows.AcceptDisclaimer(browser);
        var questions = await browser.Open("/screening");
        var plan = await Flows.Screen(browser);

        foreach (var page in new[] { questions, plan })
        {
            var controls = page.QuerySelectorAll<IHtmlInputElement>("main input").Where(i => i.Type != "hidden").ToList();
            Assert.NotEmpty(controls);
            foreach (var control in controls)
            {
                var labelled = control.Closest("label") is not null || (control.Id is { Length: > 0 } id && page.QuerySelector($"label[for='{id}']") is not null);
                Assert.True(labelled, $"{control.Name} has no label");
                if (control.Type is "radio" or "checkbox" && control.Name != "handsTired")
                {
                    var fieldset = control.Closest("fieldset");
                    Assert.True(fieldset?.QuerySelector("legend")?.TextContent.Trim().Length > 0, $"{control.Name} is not in a fieldset with a legend");
                }
            }
        }
    }

    private static void AssertStructure(IHtmlDocument page)
    {
        Assert.Single(page.QuerySelectorAll("main"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        // Scripts come from files (src) or are JSON data blocks; never inline code, which the CSP refuses anyway.
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/json'])"));
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/js/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4").Select(h => h.TagName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"a heading jumps from h{pair.First} to h{pair.Second}"));
        foreach (var described in page.QuerySelectorAll("[aria-describedby]"))
        {
            foreach (var id in described.GetAttribute("aria-describedby")!.Split(' '))
            {
                Assert.True(page.GetElementById(id) is not null, $"aria-describedby points at a missing #{id}");
            }
        }

        foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form").Where(f => f.Method == "post"))
        {
            Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        }
    }
}
