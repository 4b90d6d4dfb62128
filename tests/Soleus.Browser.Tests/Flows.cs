using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Soleus.Browser.Tests;

/// <summary>
/// The steps many browser tests take on the way to what they check, done through the pages with a pointer the way
/// a person would: create an account, read the disclaimer, answer the health and safety questions, build a plan.
/// </summary>
public static class Flows
{
    public const string Password = "calm-calves-2026";

    public static IReadOnlyList<string> BothLegs { get; } = ["left", "right"];

    /// <summary>The four layers of the method, in the order a session must take them.</summary>
    public static IReadOnlyList<string> Layers { get; } = ["warm-up", "knead", "trigger-points", "strip"];

    public static string NewEmail() => $"person-{Guid.NewGuid():N}@example.org";

    /// <summary>Creates an account through the register page (the context keeps the sign-in) and returns the email.</summary>
    public static async Task<string> Register(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var email = NewEmail();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/profile\\?welcome=true$"));
        return email;
    }

    public static async Task AcceptDisclaimer(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "I have read this" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" })).ToBeVisibleAsync();
    }

    /// <summary>A signed-in person who has read the disclaimer and answered the health profile all "no"; returns the email.</summary>
    public static async Task<string> SignedInReady(IPage page)
    {
        var email = await Register(page);
        await AcceptDisclaimer(page);
        await SaveProfile(page);
        return email;
    }

    /// <summary>Answers every health-profile question "no" and saves.</summary>
    public static async Task SaveProfile(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/profile");
        await AnswerAll(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my answers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your answers are saved.");
    }

    /// <summary>Ticks "no" in every yes/no/not-sure group on the page, then the given answers (field name → value).</summary>
    public static async Task AnswerAll(IPage page, IReadOnlyDictionary<string, string>? answers = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        // One click event per "no", as a tap would send; quicker than Playwright's checks on each of the many radios.
        await page.Locator("main input[type=radio][name^='answers.'][value=no]").EvaluateAllAsync<int>("radios => { radios.forEach(r => r.click()); return radios.length; }");

        foreach (var (field, value) in answers ?? new Dictionary<string, string>())
        {
            await page.Locator($"input[type=radio][name='{field}'][value='{value}']").CheckAsync();
        }
    }

    /// <summary>
    /// Goes through the questions page for <paramref name="legs"/> (both by default): ticks those calves, answers
    /// every safety question "no" but the given answers (field names such as <c>answers.sharp-pain.left</c>), rates
    /// each calf (tightness 6, pain 2), keeps the session's choices as offered, and stops on what comes back: the plan,
    /// or a verdict that allows none.
    /// </summary>
    public static async Task Screen(IPage page, IReadOnlyDictionary<string, string>? answers = null, IReadOnlyList<string>? legs = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        legs ??= BothLegs;
        await page.GotoAsync("/screening");
        foreach (var leg in BothLegs)
        {
            await page.Locator($"input[name=legs][value={leg}]").SetCheckedAsync(legs.Contains(leg));
        }

        // The safety history this browser keeps rides in a hidden field that safety.js fills once it has loaded; a
        // person takes longer than that to answer, a test must wait for it.
        await Expect(page.Locator("input[name=history]")).Not.ToHaveValueAsync("");
        await AnswerAll(page, answers);
        foreach (var leg in legs)
        {
            await page.Locator($"input[name='tightnessBefore.{leg}'][value='6']").CheckAsync();
            await page.Locator($"input[name='painBefore.{leg}'][value='2']").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" })).ToHaveCountAsync(0);
    }

    /// <summary>From a plan, opens its builder to change the session.</summary>
    public static async Task ContinueToPlan(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var fold = page.Locator("details.change-session");
        if (await fold.CountAsync() > 0 && !await fold.EvaluateAsync<bool>("details => details.open"))
        {
            await fold.Locator("summary").ClickAsync();
        }

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Plan again" })).ToBeVisibleAsync();
    }

    /// <summary>Sends the open builder with the calf muscle chosen and waits for the plan.</summary>
    public static async Task Build(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("input[type=radio][name=emphasis][value=gastrocnemius]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan again" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your session plan");
    }

    /// <summary>
    /// Stores a session for the signed-in person through the API, the way the player saves one (the request shares the
    /// context's cookies): both legs rated, a tender spot on each, and <paramref name="stopReason"/> (for example
    /// "sharp-pain") when it was stopped.
    /// </summary>
    public static async Task SaveSession(IPage page, DateTimeOffset startedAt, int tightnessBefore, int? tightnessAfter, string? stopReason = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.APIRequest.PostAsync("/api/sessions", new APIRequestContextOptions
        {
            DataObject = new
            {
                clientId = Guid.NewGuid(),
                startedAt = startedAt.ToString("O", CultureInfo.InvariantCulture),
                endedAt = startedAt.AddMinutes(stopReason is null ? 18 : 4).ToString("O", CultureInfo.InvariantCulture),
                legs = BothLegs,
                ratings = BothLegs.Select(leg => new { leg, tightnessBefore, painBefore = 2, tightnessAfter, painAfter = tightnessAfter is null ? (int?)null : 1 }),
                tenderSpots = new[] { new { leg = "left", zone = "mid", lane = "centre" }, new { leg = "right", zone = "upper", lane = "inner" } },
                stopReason,
                notes = "Felt looser afterwards.",
            },
        });
        Assert.True(response.Status == 201, $"POST /api/sessions: {response.Status} {await response.TextAsync()}");
    }

    /// <summary>The step ids of the plan done on a leg, in the order shown.</summary>
    public static async Task<IReadOnlyList<string>> Steps(IPage page, string leg)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.Locator($"li.step[data-legs~='{leg}']").EvaluateAllAsync<string[]>("steps => steps.map(s => s.dataset.step)");
    }

    /// <summary>Asserts the steps hold each of the four layers, in the method's order.</summary>
    public static void AssertLayersInOrder(IReadOnlyList<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var positions = Layers.Select(layer => steps.ToList().IndexOf(layer)).ToList();
        Assert.True(!positions.Contains(-1) && positions.SequenceEqual(positions.Order()), $"expected the layers {string.Join(", ", Layers)} in order in: {string.Join(", ", steps)}");
    }
}
