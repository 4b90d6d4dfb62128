using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;
using Soleus.Web.Features.Practice;

namespace Soleus.Web.Tests.Practice;

/// <summary>A practice with its administrator and a clinician, each on a client of their own, made the way people make them.</summary>
internal sealed record PracticeSetup(HttpClient Admin, string AdminEmail, HttpClient Clinician, string ClinicianEmail)
{
    /// <summary>Makes a practice by the command's use case, joins its administrator, who invites a clinician, who joins.</summary>
    public static async Task<PracticeSetup> Make(SoleusFactory factory)
    {
        var adminEmail = TestApi.NewEmail();
        var admin = factory.Client();
        await Join(admin, await CreatePractice(factory, adminEmail), adminEmail);
        var clinicianEmail = TestApi.NewEmail();
        var invite = await admin.PostAsJsonAsync("/api/practice/invites", new { email = clinicianEmail });
        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);
        var clinician = factory.Client();
        await Join(clinician, (string)(await TestApi.Json(invite))["code"]!, clinicianEmail);
        return new(admin, adminEmail, clinician, clinicianEmail);
    }

    /// <summary>A new practice's administrator code, as the add-practice command makes it.</summary>
    public static async Task<string> CreatePractice(SoleusFactory factory, string adminEmail, DateTimeOffset? at = null)
    {
        using var scope = factory.Services.CreateScope();
        var made = await scope.ServiceProvider.GetRequiredService<Practices>().Create($"Practice {Guid.NewGuid():N}"[..20], adminEmail, at ?? DateTimeOffset.UtcNow);
        Assert.True(made.IsValid);
        return made.Value.Code;
    }

    public static async Task Join(HttpClient client, string code, string email)
    {
        var response = await client.PostAsJsonAsync("/api/practice/join", new { code, email, password = TestApi.Password });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A new link code of the clinician's.</summary>
    public async Task<JsonNode> LinkCode()
    {
        var response = await Clinician.PostAsync("/api/practice/link-codes", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await TestApi.Json(response);
    }

    /// <summary>Registers a person on a new client and links them with the clinician, by their consent; returns the person's client and account id.</summary>
    public async Task<(HttpClient Person, Guid Id)> LinkedPerson(SoleusFactory factory)
    {
        var person = factory.Client();
        var email = await TestApi.Register(person);
        var consent = await person.PostAsJsonAsync("/api/links", new { code = (string)(await LinkCode())["code"]! });
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        return (person, await AccountId(factory, email));
    }

    public static async Task<Guid> AccountId(SoleusFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SoleusDb>();
        return await db.Accounts.Where(a => a.Email == email).Select(a => a.Id).SingleAsync();
    }
}
