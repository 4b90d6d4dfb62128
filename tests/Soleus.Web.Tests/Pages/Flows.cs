using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Pages;

/// <summary>The steps many page tests take on the way to what they check, done through the pages themselves.</summary>
internal static class Flows
{
    public static IReadOnlyList<string> BothLegs { get; } = ["left", "right"];

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

    /// <summary>Answers every safety question on the form "no" (or <paramref name="value"/>), then the given answers, and sends it.</summary>
    public static Task<IHtmlDocument> AnswerAll(Browser browser, IHtmlFormElement form, IReadOnlyDictionary<string, string>? answers = null, string value = "no") =>
        browser.Submit(form, f => Answer(form, f, answers, value));

    /// <summary>
    /// Goes through the questions page for <paramref name="legs"/> (both by default): every safety question "no" but
    /// the given answers, each chosen calf rated (tightness 6 and pain 2), the session's choices as offered, then
    /// <paramref name="change"/>. Returns the page it leads to: the plan, a verdict, or the questions with their errors.
    /// </summary>
    public static async Task<IHtmlDocument> Screen(Browser browser, IReadOnlyDictionary<string, string>? answers = null, IReadOnlyList<string>? legs = null, Action<FormFields>? change = null)
    {
        var form = Browser.FormByButton(await browser.Open("/screening"), "Check my answers");
        return await browser.Submit(form, f =>
        {
            f.Remove("legs");
            foreach (var leg in legs ?? BothLegs)
            {
                f.Tick("legs", leg).Set($"tightnessBefore.{leg}", "6").Set($"painBefore.{leg}", "2");
            }

            Answer(form, f, answers, "no");
            change?.Invoke(f);
        });
    }

    /// <summary>Sends the plan page's builder ("Plan again") with the changes asked.</summary>
    public static Task<IHtmlDocument> Build(Browser browser, IHtmlDocument plan, Action<FormFields>? change = null) =>
        browser.Submit(Browser.FormByButton(plan, "Plan again"), change);

    public static async Task<Guid> AccountId(SoleusFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.SingleAsync(a => a.Email == email)).Id;
    }

    public static DateTimeOffset Now(SoleusFactory factory) => factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private static void Answer(IHtmlFormElement form, FormFields fields, IReadOnlyDictionary<string, string>? answers, string value)
    {
        foreach (var name in form.QuerySelectorAll<IHtmlInputElement>("input[type=radio][name^='answers.']").Select(i => i.Name!).Distinct())
        {
            fields.Set(name, value);
        }

        foreach (var (name, answer) in answers ?? new Dictionary<string, string>())
        {
            fields.Set(name, answer);
        }
    }

    /// <summary>The step ids of the plan done on a leg, in the order shown.</summary>
    public static IReadOnlyList<string> Steps(IHtmlDocument plan, string leg) =>
        [.. plan.QuerySelectorAll($"li.step[data-legs~='{leg}']").Select(s => s.GetAttribute("data-step")!)];

    /// <summary>True when anything on the page leads to the plan builder: a link or a form.</summary>
    public static bool LeadsToPlan(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href]").Any(a => a.GetAttribute("href")!.StartsWith("/plan", StringComparison.Ordinal))
        || page.QuerySelectorAll("form").Any(f => (f.GetAttribute("action") ?? "").Contains("plan", StringComparison.Ordinal));
}
