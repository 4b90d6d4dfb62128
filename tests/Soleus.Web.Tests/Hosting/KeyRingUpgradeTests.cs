using System.Data.Common;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soleus.Web.Data;
using Soleus.Web.Hosting;

namespace Soleus.Web.Tests.Hosting;

/// <summary>
/// The key ring moved from Soleus's own small key repository to ASP.NET Core's EF Core key store, on the same table.
/// A person signed in before the upgrade stays signed in after it: their cookie, protected with a key the old
/// repository stored, is read by the upgraded app, which keeps using that key rather than making a new one.
/// </summary>
public sealed class KeyRingUpgradeTests
{
    /// <summary>What the previous release's repository did: one row per key, friendly name and XML, read back in id order.</summary>
    private sealed class PreviousKeyRing(DbConnection connection) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Xml\" FROM \"DataProtectionKeys\" ORDER BY \"Id\"";
            using var reader = command.ExecuteReader();
            var keys = new List<XElement>();
            while (reader.Read())
            {
                keys.Add(XElement.Parse(reader.GetString(0)));
            }

            return keys;
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES (@name, @xml)";
            foreach (var (name, value) in new[] { ("@name", friendlyName), ("@xml", element.ToString(SaveOptions.DisableFormatting)) })
            {
                var parameter = command.CreateParameter();
                (parameter.ParameterName, parameter.Value) = (name, value);
                command.Parameters.Add(parameter);
            }

            command.ExecuteNonQuery();
        }
    }

    /// <summary>Before the upgrade: an account signed in, its cookie protected by a key the previous repository kept.</summary>
    private static async Task<string> SignedInBeforeTheUpgrade(SoleusFactory factory, string email)
    {
        var options = new DbContextOptionsBuilder<SoleusDb>();
        if (factory.PostgresDatabase is { } database)
        {
            options.UseNpgsql($"{Prerequisites.Postgres()};Database={database}");
        }
        else
        {
            options.UseSqlite($"Data Source={Path.Combine(factory.DataFolder, "soleus.db")}");
        }

        await using var db = new SoleusDb(options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning)).Options);
        await db.Database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        var account = new Account { Id = Guid.NewGuid(), Email = email, PasswordHash = "", CreatedAt = now.AddDays(-3) };
        account.PasswordHash = new PasswordHasher<Account>().HashPassword(account, TestApi.Password);
        var session = new SignInSession { Id = Guid.NewGuid(), AccountId = account.Id, CreatedAt = now.AddMinutes(-30), LastSeenAt = now.AddMinutes(-30) };
        db.AddRange(account, session);
        await db.SaveChangesAsync();

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        using var services = new ServiceCollection()
            .AddDataProtection().SetApplicationName("soleus").AddKeyManagementOptions(o => o.XmlRepository = new PreviousKeyRing(connection)).Services
            .BuildServiceProvider();
        var protector = services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Cookies", "v2");
        var ticket = new AuthenticationTicket(
            Principal.For(account.Id, session.Id),
            new AuthenticationProperties { IssuedUtc = session.CreatedAt, ExpiresUtc = session.CreatedAt.AddDays(7) },
            "Cookies");
        return $"{AccountServices.CookieName}={new TicketDataFormat(protector).Protect(ticket)}";
    }

    private static async Task CookieFromBefore_StillSignsIn(SoleusFactory factory)
    {
        var email = TestApi.NewEmail();
        var cookie = await SignedInBeforeTheUpgrade(factory, email);

        var profile = await TestApi.WithCookie(factory, HttpMethod.Get, "/api/profile", cookie);
        var account = await TestApi.WithCookie(factory, HttpMethod.Get, "/account", cookie);

        Assert.Equal(HttpStatusCode.NotFound, profile.StatusCode);
        Assert.Contains(email, await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        Assert.Single(await scope.ServiceProvider.GetRequiredService<SoleusDb>().DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task CookieProtectedWithAKeyThePreviousKeyRingStored_StillSignsInAfterTheUpgrade()
    {
        using var factory = new SoleusFactory();

        await CookieFromBefore_StillSignsIn(factory);
    }

    [SkippableFact]
    public async Task CookieProtectedWithAKeyThePreviousKeyRingStored_StillSignsInAfterTheUpgradeOnPostgres()
    {
        Prerequisites.Postgres();
        using var factory = new SoleusFactory { PostgresDatabase = $"soleus_test_{Guid.NewGuid():N}" };

        await CookieFromBefore_StillSignsIn(factory);
    }
}
