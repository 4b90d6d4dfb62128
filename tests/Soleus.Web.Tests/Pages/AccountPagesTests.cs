using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Pages;

public sealed class AccountPagesTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Register_ValidForm_SignsInAndOpensTheHealthProfileSayingWhy()
    {
        var browser = new Browser(factory.Client());
        var page = await browser.Open("/account/register");

        var response = await browser.Send(Browser.FormByButton(page, "Create the account"), f => f.Set("email", TestApi.NewEmail()).Set("password", TestApi.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/profile?welcome=true", response.Headers.Location!.OriginalString);
        var profile = await browser.Page(response, "/account/register");
        Assert.Equal("Your account is ready and you are signed in. Next, the health questions: answer them once here, and before each session Soleus only asks whether anything has changed.", profile.QuerySelector("[role='status']")!.TextContent.Trim());
        Assert.Null((await browser.Open("/profile")).QuerySelector("[role='status']"));
    }

    [Fact]
    public async Task Account_DownloadLinks_EachGivesThePersonsOwnDataInItsFormat()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var page = await browser.Open("/account");

        var links = page.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!).ToList();
        var types = new List<string?>();
        foreach (var link in links)
        {
            var response = await browser.Client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            types.Add(response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(["application/json", "text/csv", "application/fhir+json"], types);
    }

    [Theory]
    [InlineData("", "Enter your email address.")]
    [InlineData("someone.example.org", "Enter your email address in the form name@example.com.")]
    [InlineData("someone@", "Enter your email address in the form name@example.com.")]
    public async Task Register_EmailMissingOrMalformed_SaysHowToPutItRight(string email, string message)
    {
        var browser = new Browser(factory.Client());
        var page = await browser.Open("/account/register");

        var again = await browser.Submit(Browser.FormByButton(page, "Create the account"), f => f.Set("email", email).Set("password", TestApi.Password));

        Assert.Equal($"Error: {message}", again.GetElementById("email-error")!.TextContent.Trim());
        Assert.Equal(message, again.QuerySelector(".error-summary a[href='#email']")!.TextContent.Trim());
        Assert.NotNull(again.QuerySelector(".error-summary + script[src='/js/form-errors.js'], .error-summary ~ script[src='/js/form-errors.js']"));
    }

    [Fact]
    public async Task Password_SentEmpty_NamesBothBoxes()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var page = await browser.Open("/account/password");

        var again = await browser.Submit(Browser.FormByButton(page, "Change the password"));

        Assert.Equal(
            ["Enter your current password.", "Enter a password of at least 8 characters."],
            again.QuerySelectorAll(".error-summary a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["#currentPassword", "#newPassword"], again.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("", "Enter a password of at least 8 characters.")]
    [InlineData("short", "Choose a password of at least 8 characters: a few words strung together will do.")]
    public async Task Register_PasswordMissingOrShort_SaysHowToPutItRight(string password, string message)
    {
        var browser = new Browser(factory.Client());
        var page = await browser.Open("/account/register");

        var again = await browser.Submit(Browser.FormByButton(page, "Create the account"), f => f.Set("email", TestApi.NewEmail()).Set("password", password));

        Assert.Equal($"Error: {message}", again.GetElementById("password-error")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/account/register", "password")]
    [InlineData("/account/sign-in", "password")]
    [InlineData("/account/password", "currentPassword newPassword")]
    [InlineData("/account/delete", "password")]
    public async Task PasswordBoxes_EachHasAShowPasswordButtonForScriptToReveal(string path, string fields)
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);

        var page = await browser.Open(path);

        var boxes = page.QuerySelectorAll("input[type=password]").Select(i => i.Id).ToList();
        Assert.Equal(fields.Split(' '), boxes);
        foreach (var box in boxes)
        {
            var button = page.QuerySelector($"button.show-password[aria-controls='{box}']")!;
            Assert.Equal(("button", "Show password"), (button.GetAttribute("type"), button.TextContent.Trim()));
            Assert.True(button.HasAttribute("hidden"));
        }

        Assert.NotNull(page.QuerySelector("script[src='/js/show-password.js']"));
    }

    [Fact]
    public async Task Register_ShortPassword_ShowsTheRuleTiedToThePasswordField()
    {
        var browser = new Browser(factory.Client());
        var page = await browser.Open("/account/register");

        var again = await browser.Submit(Browser.FormByButton(page, "Create the account"), f => f.Set("email", TestApi.NewEmail()).Set("password", "short"));

        var input = again.QuerySelector("#password")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var error = again.GetElementById("password-error")!;
        Assert.Contains("password-error", input.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Contains("at least 8 characters", error.TextContent, StringComparison.Ordinal);
        Assert.NotNull(again.QuerySelector(".error-summary a[href='#password']"));
    }

    [Fact]
    public async Task Register_TakenEmailOtherPassword_SaysWhatAWrongPasswordWould()
    {
        var browser = new Browser(factory.Client());
        var email = await Flows.Register(browser);
        var other = new Browser(factory.Client());
        var page = await other.Open("/account/register");

        var again = await other.Submit(Browser.FormByButton(page, "Create the account"), f => f.Set("email", email).Set("password", "another-quiet-lantern-phrase"));

        Assert.Contains(Soleus.Web.Features.Accounts.SignInResult.Wrong, again.GetElementById("password-error")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("already", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RightPassword_SignsInAndFollowsTheLocalReturnUrl()
    {
        var email = await Flows.Register(new Browser(factory.Client()));
        var browser = new Browser(factory.Client());
        var page = await browser.Open("/account/sign-in?ReturnUrl=%2Fhistory");

        var response = await browser.Send(Browser.FormByButton(page, "Sign in"), f => f.Set("email", email).Set("password", TestApi.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/history", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/history")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoPlainly()
    {
        var email = await Flows.Register(new Browser(factory.Client()));
        var browser = new Browser(factory.Client());
        var page = await browser.Open("/account/sign-in");

        var again = await browser.Submit(Browser.FormByButton(page, "Sign in"), f => f.Set("email", email).Set("password", "not-the-password"));

        Assert.Equal("Error: The email or the password is not right: check both and try again.", again.GetElementById("password-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPasswordsPastTheFreeOnes_ShowsWhenToTryAgainAndRefusesEvenTheRightPassword()
    {
        var email = await Flows.Register(new Browser(factory.Client()));
        var browser = new Browser(factory.Client());
        var page = await browser.Open("/account/sign-in");
        using (var scope = factory.Services.CreateScope())
        {
            // The test server has no client address: start from a source the account has never signed in from.
            await scope.ServiceProvider.GetRequiredService<SoleusDb>().PasswordAttempts.ExecuteDeleteAsync();
        }

        for (var i = 0; i < Soleus.Web.Features.Accounts.SignInLimits.FreePerSource; i++)
        {
            page = await browser.Submit(Browser.FormByButton(page, "Sign in"), f => f.Set("email", email).Set("password", $"wrong-password-{i}"));
        }

        var held = await browser.Submit(Browser.FormByButton(page, "Sign in"), f => f.Set("email", email).Set("password", TestApi.Password));

        Assert.Contains("try again after", held.GetElementById("password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task SignIn_TooManyRequestsFromOneAddress_RateLimited()
    {
        using var limited = new SoleusFactory { SignInAttemptsPerMinute = 3 };
        var client = limited.Client();

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add((await client.GetAsync("/account/sign-in")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSignIn()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);
        var account = await browser.Open("/account");

        var response = await browser.Send(Browser.FormByButton(account, "Sign out"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task SignOut_Get_ChangesNothing()
    {
        var browser = new Browser(factory.Client());
        await Flows.Register(browser);

        var response = await browser.Client.GetAsync("/account/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task Password_Change_NewPasswordSignsInAndTheOldOneDoesNot()
    {
        var browser = new Browser(factory.Client());
        var email = await Flows.Register(browser);
        var page = await browser.Open("/account/password");
        const string replacement = "a-brand-new-calf-phrase";

        var done = await browser.Submit(Browser.FormByButton(page, "Change the password"), f => f.Set("currentPassword", TestApi.Password).Set("newPassword", replacement));

        Assert.Contains("Your password has been changed", done.QuerySelector("[role='status']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TestApi.Post(factory.Client(), "/api/account/sign-in", $$"""{"email":"{{email}}","password":"{{TestApi.Password}}"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await TestApi.Post(factory.Client(), "/api/account/sign-in", $$"""{"email":"{{email}}","password":"{{replacement}}"}""")).StatusCode);
    }

    [Fact]
    public async Task Password_WrongCurrent_ShowsTheErrorAndKeepsThePassword()
    {
        var browser = new Browser(factory.Client());
        var email = await Flows.Register(browser);
        var page = await browser.Open("/account/password");

        var again = await browser.Submit(Browser.FormByButton(page, "Change the password"), f => f.Set("currentPassword", "not-my-password").Set("newPassword", "a-brand-new-calf-phrase"));

        Assert.Equal("Error: That is not your current password: check it and try again.", again.GetElementById("currentPassword-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NoContent, (await TestApi.Post(factory.Client(), "/api/account/sign-in", $$"""{"email":"{{email}}","password":"{{TestApi.Password}}"}""")).StatusCode);
    }

    [Fact]
    public async Task Delete_WithThePassword_RemovesTheAccountAndEveryRowOfIt()
    {
        var browser = new Browser(factory.Client());
        var email = await Flows.SignedInReady(browser);
        var accountId = await Flows.AccountId(factory, email);
        await TestApi.Post(browser.Client, "/api/sessions", TestApi.Text(TestApi.Session(Guid.NewGuid(), Flows.Now(factory).AddHours(-3))));
        await Flows.Screen(browser, new Dictionary<string, string> { ["answers.pregnant"] = "yes" });
        var page = await browser.Open("/account/delete");

        var response = await browser.Send(Browser.FormByButton(page, "Delete my account and all my data"), f => f.Set("password", TestApi.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await browser.Page(response, "/account/delete");
        Assert.Contains("deleted", home.QuerySelector("[role='status']")!.TextContent, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        Assert.False(await db.Accounts.AnyAsync(a => a.Id == accountId));
        Assert.False(await db.Sessions.AnyAsync(s => s.AccountId == accountId));
        Assert.False(await db.Profiles.AnyAsync(p => p.AccountId == accountId));
        Assert.False(await db.ScreeningEvents.AnyAsync(e => e.AccountId == accountId));
        Assert.False(await db.SignInSessions.AnyAsync(s => s.AccountId == accountId));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task Delete_WrongPassword_DeletesNothing()
    {
        var browser = new Browser(factory.Client());
        var email = await Flows.Register(browser);
        var page = await browser.Open("/account/delete");

        var again = await browser.Submit(Browser.FormByButton(page, "Delete my account and all my data"), f => f.Set("password", "not-my-password"));

        Assert.Contains("nothing was deleted", again.GetElementById("password-error")!.TextContent, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.AnyAsync(a => a.Email == email));
    }

    [Theory]
    [InlineData("/", "")]
    [InlineData("/account/register", "email=someone%40example.org&password=calm-calves-2026")]
    [InlineData("/account/sign-in", "email=someone%40example.org&password=calm-calves-2026")]
    [InlineData("/account/sign-out", "")]
    [InlineData("/account/password", "currentPassword=calm-calves-2026&newPassword=another-calm-phrase")]
    [InlineData("/account/delete", "password=calm-calves-2026")]
    [InlineData("/profile", "answers.pregnant=no")]
    [InlineData("/screening", "legs=left&answers.breathing-chest-symptoms=no")]
    [InlineData("/plan", "screened=left&legs=left&minutesPerCalf=8")]
    public async Task Post_WithoutTheAntiforgeryToken_Refused(string path, string body)
    {
        var browser = new Browser(factory.Client());
        await Flows.SignedInReady(browser);
        await browser.Open("/account/password");

        var response = await browser.Client.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/account/password")).StatusCode);
    }
}
