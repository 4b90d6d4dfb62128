using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Soleus.Web.Data;

namespace Soleus.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class BrowserFixtureTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Open_Home_ServesTheAppOnLoopbackToAPhoneSizedChromium()
    {
        await using var tab = await fixture.Open();

        var response = await tab.Page.GotoAsync("/");

        Assert.Equal("127.0.0.1", fixture.BaseAddress.Host);
        Assert.Equal(200, response!.Status);
        Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        Assert.Equal(390, await tab.Page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.Equal(2, await tab.Page.EvaluateAsync<int>("() => window.devicePixelRatio"));
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches"));
        Assert.True(File.Exists(await tab.Screenshot("home")));
        tab.AssertNoProblems();
    }

    [Fact]
    public void App_TestProvider_ServesOnTheDatabaseTheRunAsksFor()
    {
        using var scope = fixture.App.Services.CreateScope();

        var provider = scope.ServiceProvider.GetRequiredService<SoleusDb>().Database.ProviderName;

        var postgres = string.Equals(Environment.GetEnvironmentVariable("SOLEUS_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(postgres ? "PostgreSQL" : "Sqlite", provider, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Axe_PageWithItsCsp_RunsWhileAnInlineScriptIsStillRefused()
    {
        await using var tab = await fixture.Open();
        await tab.Page.GotoAsync("/");

        var inline = await Record.ExceptionAsync(() => tab.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = "window.inlineRan = true;" }));
        var violations = await Axe.Violations(tab.Page);

        Assert.NotNull(inline);
        Assert.False(await tab.Page.EvaluateAsync<bool>("() => window.inlineRan === true"));
        Assert.Contains(tab.Problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => typeof axe.run === 'function'"));
        Assert.Empty(violations);
        await tab.Screenshot("checked");
    }

    [SkippableFact]
    public async Task Axe_PageWithAnUnlabelledFieldAndAFaintText_ReportsBothWithTheirTargets()
    {
        await using var tab = await fixture.Open();
        await tab.Page.GotoAsync("/account/register");

        await tab.Page.EvaluateAsync("""
            () => {
                document.querySelector('label[for=email]').remove();
                document.querySelector('.lead, main p').style.color = '#c8c8c8';
            }
            """);
        var violations = await Axe.Violations(tab.Page);

        Assert.Contains(violations, v => v.StartsWith("label (critical) at #email: ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("color-contrast (serious) at ", StringComparison.Ordinal));
        await tab.Screenshot("broken");
    }
}
