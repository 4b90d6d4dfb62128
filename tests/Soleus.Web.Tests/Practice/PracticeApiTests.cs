using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Api;
using Soleus.Web.Data;

namespace Soleus.Web.Tests.Practice;

/// <summary>Practices through the API and the add-practice command: joining by one-time code, roles, and what each role may do.</summary>
public sealed class PracticeApiTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    [Fact]
    public async Task Command_AddPractice_PrintsACodeTheAdministratorJoinsWith()
    {
        var email = TestApi.NewEmail();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await PracticeCommand.Run(factory.Services, [PracticeCommand.Name, "  Calf Care Clinic ", email], output, errors);

        Assert.Equal(0, exit);
        Assert.Equal("", errors.ToString());
        var code = output.ToString().Split('\n').Select(l => l.Trim()).Single(l => l.Length == 14 && l.Count(c => c == '-') == 2);
        var admin = factory.Client();
        await PracticeSetup.Join(admin, code, email);
        var practice = await TestApi.Json(await admin.GetAsync("/api/practice"));
        Assert.Equal("Calf Care Clinic", (string)practice["practiceName"]!);
        Assert.Equal("administrator", (string)practice["role"]!);
    }

    [Theory]
    [InlineData(new[] { "add-practice" }, 2)]
    [InlineData(new[] { "add-practice", "", "admin@example.org" }, 2)]
    [InlineData(new[] { "add-practice", "Clinic", "not-an-email" }, 2)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:0" }, null)]
    public async Task Command_BadOrOtherArguments_ExitCodeOrNotTheCommand(string[] args, int? expected)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await PracticeCommand.Run(factory.Services, args, output, errors);

        Assert.Equal(expected, exit);
        Assert.Equal(expected is null, errors.ToString().Length == 0);
    }

    [Fact]
    public async Task Join_CodeUsedTwice_SecondIsRefusedOnTheCodeField()
    {
        var email = TestApi.NewEmail();
        var code = await PracticeSetup.CreatePractice(factory, email);
        await PracticeSetup.Join(factory.Client(), code, email);

        var again = await factory.Client().PostAsJsonAsync("/api/practice/join", new { code, email, password = TestApi.Password });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.NotNull((await TestApi.Json(again))["errors"]!["code"]);
    }

    [Fact]
    public async Task Join_ExpiredCode_IsRefused()
    {
        var email = TestApi.NewEmail();
        var code = await PracticeSetup.CreatePractice(factory, email, DateTimeOffset.UtcNow.AddDays(-8));

        var response = await factory.Client().PostAsJsonAsync("/api/practice/join", new { code, email, password = TestApi.Password });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await TestApi.Json(response))["errors"]!["code"]);
    }

    [Fact]
    public async Task Join_AnotherEmail_IsRefusedOnTheEmailFieldAndMakesNoAccount()
    {
        var code = await PracticeSetup.CreatePractice(factory, TestApi.NewEmail());
        var other = TestApi.NewEmail();

        var response = await factory.Client().PostAsJsonAsync("/api/practice/join", new { code = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), email = other, password = TestApi.Password });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await TestApi.Json(response))["errors"]!["email"]);
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SoleusDb>().Accounts.AnyAsync(a => a.Email == other));
    }

    [Fact]
    public async Task Join_WeakPassword_IsRefusedByTheSameRulesAsRegistering()
    {
        var email = TestApi.NewEmail();
        var code = await PracticeSetup.CreatePractice(factory, email);

        var response = await factory.Client().PostAsJsonAsync("/api/practice/join", new { code, email, password = "short" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await TestApi.Json(response))["errors"]!["password"]);
    }

    [Fact]
    public async Task Join_ExistingAccountWithItsOwnPassword_JoinsAndAWrongOneIsAFailedSignIn()
    {
        var existing = factory.Client();
        var email = await TestApi.Register(existing);
        var code = await PracticeSetup.CreatePractice(factory, email);

        var wrong = await factory.Client().PostAsJsonAsync("/api/practice/join", new { code, email, password = "not-the-password-at-all" });
        var right = await factory.Client().PostAsJsonAsync("/api/practice/join", new { code, email, password = TestApi.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await existing.GetAsync("/api/practice")).StatusCode);
    }

    [Fact]
    public async Task Codes_AreStoredOnlyAsHashes()
    {
        var setup = await PracticeSetup.Make(factory);
        var code = (string)(await setup.LinkCode())["code"]!;

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        var stored = await db.LinkCodes.Select(c => c.CodeHash).ToListAsync();
        Assert.All(stored, hash => Assert.Equal(32, hash.Length));
        Assert.DoesNotContain(stored, hash => Encoding.UTF8.GetString(hash).Contains(code.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.All(await db.PracticeInvites.Select(i => i.CodeHash).ToListAsync(), hash => Assert.Equal(32, hash.Length));
    }

    [Fact]
    public async Task Roles_ClinicianCannotInviteAndAdministratorCannotMakeLinkCodesOrSeePatients()
    {
        var setup = await PracticeSetup.Make(factory);
        var person = factory.Client();
        await TestApi.Register(person);

        Assert.Equal(HttpStatusCode.NotFound, (await setup.Clinician.PostAsJsonAsync("/api/practice/invites", new { email = TestApi.NewEmail() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Clinician.GetAsync("/api/practice/members")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Admin.PostAsync("/api/practice/link-codes", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Admin.GetAsync("/api/practice/patients")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await person.PostAsync("/api/practice/link-codes", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/api/practice")).StatusCode);
        var members = await (await setup.Admin.GetAsync("/api/practice/members")).Content.ReadFromJsonAsync<JsonArray>();
        Assert.Contains(members!, m => (string)m!["email"]! == setup.ClinicianEmail && (string)m["role"]! == "clinician");
    }

    [Fact]
    public async Task Invite_BadEmail_ProblemNamesTheField()
    {
        var setup = await PracticeSetup.Make(factory);

        var response = await setup.Admin.PostAsJsonAsync("/api/practice/invites", new { email = "nobody" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await TestApi.Json(response))["errors"]!["email"]);
    }
}
