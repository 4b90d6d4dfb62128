using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Pages;

/// <summary>The steps many page tests take on the way to what they check, done through the pages themselves.</summary>
internal static class Flows
{
    public const string Both = "legs=left&legs=right";

    public static async Task AcceptDisclaimer(Browser browser)
    {
        var first = await browser.Open("/");
        await browser.Submit(Browser.FormByButton(first, "I have read this"));
    }

    /// <summary>Registers through the register page (the browser keeps the sign-in) and returns the email.</summary>
    public static async Task<string> Register(Browser browser)
    {
        var page = await browser.Open("/account/register");
        var email = TestApi.NewEmail();
        await browser.Submit(Browser.FormByButton(page, "Create the account"), f => f.Set("email", email).Set("password", TestApi.Password));
        return email;
    }

    /// <summary>A signed-in person who has read the disclaimer.</summary>
    public static async Task<string> SignedInReady(Browser browser)
    {
        var email = await Register(browser);
        await AcceptDisclaimer(browser);
        return email;
    }

    /// <summary>Answers every radio group on the form "no", then the given answers, and sends it.</summary>
    public static Task<IHtmlDocument> AnswerAll(Browser browser, IHtmlFormElement form, IReadOnlyDictionary<string, string>? answers = null, string value = "no") =>
        browser.Submit(form, f =>
        {
            foreach (var name in form.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Select(i => i.Name!).Distinct())
            {
                f.Set(name, value);
            }

            foreach (var (name, answer) in answers ?? new Dictionary<string, string>())
            {
                f.Set(name, answer);
            }
        });

    /// <summary>Goes through the safety questions for the legs in the query, all "no" but the given answers; returns the verdict page.</summary>
    public static async Task<IHtmlDocument> Screen(Browser browser, IReadOnlyDictionary<string, string>? answers = null, string legs = Both)
    {
        var page = await browser.Open($"/screening?chosen=true&{legs}");
        return await AnswerAll(browser, Browser.FormByButton(page, "Check my answers"), answers);
    }

    public static Task<IHtmlDocument> ContinueToPlan(Browser browser, IHtmlDocument verdict) =>
        browser.Submit(Browser.FormByButton(verdict, "Continue to the plan"));

    /// <summary>Sends the plan builder with a muscle and a tightness for each leg filled in, then the changes asked.</summary>
    public static Task<IHtmlDocument> Build(Browser browser, IHtmlDocument builder, Action<FormFields>? change = null) =>
        browser.Submit(Browser.FormWith(builder, "minutesPerCalf"), f =>
        {
            f.Set("emphasis", "gastrocnemius").Set("tightnessBefore.left", "6").Set("tightnessBefore.right", "5").Set("painBefore.left", "2").Set("painBefore.right", "1");
            change?.Invoke(f);
        });

    public static async Task<Guid> AccountId(SoleusFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.SingleAsync(a => a.Email == email)).Id;
    }

    public static DateTimeOffset Now(SoleusFactory factory) => factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>The step ids of a leg's section of the plan, in the order shown.</summary>
    public static IReadOnlyList<string> Steps(IHtmlDocument plan, string leg) =>
        [.. plan.QuerySelectorAll($"section[data-leg='{leg}'] li.step").Select(s => s.GetAttribute("data-step")!)];

    /// <summary>True when anything on the page leads to the plan builder: a link or a form.</summary>
    public static bool LeadsToPlan(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href]").Any(a => a.GetAttribute("href")!.StartsWith("/plan", StringComparison.Ordinal))
        || page.QuerySelectorAll("form").Any(f => (f.GetAttribute("action") ?? "").Contains("plan", StringComparison.Ordinal));
}
