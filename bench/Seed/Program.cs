// Seeds a Soleus database for load tests: PEOPLE accounts (person-0@bench.example … with one shared password) and a
// year of sessions each (about 300: most days, some skipped), with ratings, tender spots and now and then a stop.
// Usage: dotnet run -c Release --project bench/Seed -- PEOPLE DATA_FOLDER [POSTGRES_CONNECTION_STRING]
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;
using Soleus.Web.Data;
using Soleus.Web.Hosting;

const string Password = "bench-calves-2026";
var people = int.Parse(args[0], CultureInfo.InvariantCulture);
var folder = Directory.CreateDirectory(args[1]).FullName;
var options = new DbContextOptionsBuilder<SoleusDb>().ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
if (args.Length > 2)
{
    options.UseNpgsql(args[2]);
}
else
{
    options.UseSqlite($"Data Source={Path.Combine(folder, "soleus.db")}");
}

await using (var migrate = new SoleusDb(options.Options))
{
    await migrate.Database.MigrateAsync();
}

var now = DateTimeOffset.UtcNow;
var hash = new PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { IterationCount = AccountServices.PasswordIterations })).HashPassword(new Account { Email = "", PasswordHash = "" }, Password);
var started = DateTime.UtcNow;
var total = 0;
for (var person = 0; person < people; person++)
{
    await using var db = new SoleusDb(options.Options);
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var account = new Account { Id = Guid.NewGuid(), Email = $"person-{person}@bench.example", PasswordHash = hash, CreatedAt = now.AddDays(-366) };
    db.Accounts.Add(account);
    for (var day = 365; day >= 1; day--)
    {
        if ((person + day) % 6 == 0)
        {
            continue;
        }

        var start = now.AddDays(-day).AddHours(-(person % 12));
        var before = 4 + ((person + day) % 5);
        var after = Math.Max(0, before - 2 - (day % 3));
        LegRating[] ratings = [new(Leg.Left, before, 2, after, 1), new(Leg.Right, before - 1, 1, Math.Max(0, after - 1), 0)];
        TenderSpot[] spots = [new(Leg.Left, (CalfZone)(day % 3), (CalfLane)(person % 3)), new(Leg.Right, CalfZone.Mid, CalfLane.Centre)];
        var body = new SessionReport(Guid.NewGuid(), start, start.AddMinutes(18), [Leg.Left, Leg.Right], ratings, spots,
            day % 41 == 0 ? StopReason.StoppedForNow : null, day % 10 == 0 ? "Felt looser afterwards." : null,
            [new DoneStep("warm-up", Leg.Left, 90), new DoneStep("knead", Leg.Left, 120), new DoneStep("trigger-points", Leg.Left, 55), new DoneStep("strip", Leg.Left, 140)]);
        db.Sessions.Add(StoredSessions.From(body, account.Id, start.AddMinutes(19)));
        total++;
    }

    await db.SaveChangesAsync();
    if (person % 100 == 99)
    {
        Console.WriteLine($"{person + 1} people, {total} sessions, {(DateTime.UtcNow - started).TotalSeconds:0} s");
    }
}

Console.WriteLine($"seeded {people} people and {total} sessions in {(DateTime.UtcNow - started).TotalSeconds:0} s; password: {Password}");
