using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Pages;

public sealed class DisclaimerPageTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Index_FirstVisit_ShowsTheDisclaimerAndTheDvtWarningFromTheProtocol()
    {
        var protocol = factory.Services.GetRequiredService<Protocol>();
        var questionnaire = factory.Services.GetRequiredService<Questionnaire>();

        var page = await new Browser(factory.Client()).Open("/");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(protocol.Disclaimer, text, StringComparison.Ordinal);
        Assert.Contains(questionnaire.Render(protocol.DvtWarning), text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main .dvt a[href='tel:112']"));
        Assert.NotNull(Browser.FormByButton(page, "I have read this"));
    }

    [Theory]
    [InlineData("/screening")]
    [InlineData("/plan")]
    public async Task Get_SessionPageBeforeAccepting_RedirectsToTheFirstPage(string path)
    {
        var response = await factory.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Accept_Anonymous_RemembersTheDateInACookieAndReturnsToTheScreening()
    {
        var browser = new Browser(factory.Client());
        var first = await browser.Open("/?returnUrl=%2Fscreening");

        var response = await browser.Send(Browser.FormByButton(first, "I have read this"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/screening", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("soleus-disclaimer=", StringComparison.Ordinal));
        Assert.Matches("^soleus-disclaimer=[0-9]{4}-[0-9]{2}-[0-9]{2};", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var screening = await browser.Open("/screening");
        Assert.NotNull(screening.QuerySelector("input[name='legs'][value='left']"));
        var again = await browser.Open("/");
        Assert.DoesNotContain(again.QuerySelectorAll("form"), f => f.TextContent.Contains("I have read this", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accept_SignedIn_KeepsTheAcceptanceOnTheAccount()
    {
        var browser = new Browser(factory.Client());
        var email = await Flows.Register(browser);

        await Flows.AcceptDisclaimer(browser);

        using var scope = factory.Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.SingleAsync(a => a.Email == email);
        Assert.NotNull(account.DisclaimerAcceptedAt);
    }

    [Fact]
    public async Task Accept_SignedInOnAnotherBrowser_NotAskedAgain()
    {
        var first = new Browser(factory.Client());
        var email = await Flows.SignedInReady(first);
        var second = new Browser(factory.Client());
        var signIn = await second.Open("/account/sign-in");
        await second.Submit(Browser.FormByButton(signIn, "Sign in"), f => f.Set("email", email).Set("password", TestApi.Password));

        var response = await second.Client.GetAsync("/screening");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Accept_NoLocalReturnUrl_StaysOnSoleusAndGoesStraightOnToTheQuestions(string returnUrl)
    {
        var browser = new Browser(factory.Client());
        var first = await browser.Open("/");

        var response = await browser.Send(Browser.FormByButton(first, "I have read this"), f => f.Set("returnUrl", returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/screening", response.Headers.Location!.OriginalString);
    }
}
