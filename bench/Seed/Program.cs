// Seeds a Soleus database for load tests, with one shared password.
// People mode: PEOPLE accounts (person-0@bench.example …) and a year of sessions each (about 300: most days, some
// skipped), with ratings, tender spots and now and then a stop.
// Practice mode: a practice with one clinician (clinician@bench.example) and PEOPLE people (patient-0@bench.example …)
// linked with the clinician by consent, each with a year of 3 to 5 sessions a week on varied legs, ratings, tender
// spots, a few safety stops and stopped screenings; some of them with a recent fall in sessions or pain rising.
// Usage: dotnet run -c Release --project bench/Seed -- [practice] PEOPLE DATA_FOLDER [POSTGRES_CONNECTION_STRING]
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;
using Soleus.Web.Data;
using Soleus.Web.Hosting;

const string Password = "bench-calves-2026";
var practice = args[0] == "practice";
args = practice ? args[1..] : args;
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
var clinicianId = practice ? await Clinician() : Guid.Empty;
for (var person = 0; person < people; person++)
{
    await using var db = new SoleusDb(options.Options);
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var account = new Account { Id = Guid.NewGuid(), Email = $"{(practice ? "patient" : "person")}-{person}@bench.example", PasswordHash = hash, CreatedAt = now.AddDays(-366) };
    db.Accounts.Add(account);
    var sessions = practice ? PatientYear(db, account.Id, person) : PersonYear(account.Id, person);
    db.Sessions.AddRange(sessions);
    total += sessions.Count;
    await db.SaveChangesAsync();
    if (person % 100 == 99)
    {
        Console.WriteLine($"{person + 1} people, {total} sessions, {(DateTime.UtcNow - started).TotalSeconds:0} s");
    }
}

Console.WriteLine($"seeded {people} people and {total} sessions in {(DateTime.UtcNow - started).TotalSeconds:0} s; password: {Password}");

// Most days of the year, the same two legs, easing a little each session.
List<StoredSession> PersonYear(Guid accountId, int person)
{
    var sessions = new List<StoredSession>();
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
        sessions.Add(StoredSessions.From(body, accountId, start.AddMinutes(19)));
    }

    return sessions;
}

// The practice, its clinician and their account, made as the add-practice command and an invitation would.
async Task<Guid> Clinician()
{
    await using var db = new SoleusDb(options.Options);
    var id = Guid.NewGuid();
    var place = new Practice { Id = Guid.NewGuid(), Name = "Bench practice", CreatedAt = now.AddDays(-400) };
    db.Practices.Add(place);
    db.Accounts.Add(new Account { Id = id, Email = "clinician@bench.example", PasswordHash = hash, CreatedAt = place.CreatedAt });
    db.PracticeMembers.Add(new PracticeMember { AccountId = id, PracticeId = place.Id, Role = PracticeRole.Clinician, JoinedAt = place.CreatedAt });
    await db.SaveChangesAsync();
    return id;
}

// A linked patient's year: 3 to 5 sessions a week, mostly both legs, some weeks one; a safety stop now and then and a
// stopped screening every two months or so. Every 7th person skipped the last week; every 10th has pain after their
// sessions rising over the last three; every 13th had two safety stops in the last week.
List<StoredSession> PatientYear(SoleusDb db, Guid accountId, int person)
{
    var random = new Random(person);
    db.PatientLinks.Add(new PatientLink { Id = Guid.NewGuid(), PersonId = accountId, ClinicianId = clinicianId, ConsentedAt = now.AddDays(-366) });
    Audit.Add(db, Audit.LinkConsented, accountId, $"clinician {clinicianId}", "127.0.0.1", now.AddDays(-366));
    var sessions = new List<StoredSession>();
    for (var week = 52; week >= 0; week--)
    {
        var days = Enumerable.Range(0, 7).OrderBy(_ => random.Next()).Take(random.Next(3, 6)).Order();
        foreach (var day in days.Where(d => week * 7 + 6 - d >= 1 && !(person % 7 == 0 && week * 7 + 6 - d <= 7)))
        {
            var back = week * 7 + 6 - day;
            var start = now.AddDays(-back).AddHours(-random.Next(0, 12)).AddMinutes(-random.Next(0, 60));
            Leg[] legs = random.Next(8) == 0 ? [random.Next(2) == 0 ? Leg.Left : Leg.Right] : [Leg.Left, Leg.Right];
            var rising = person % 10 == 0 && back <= 8;
            var ratings = legs.Select(leg =>
            {
                var before = random.Next(3, 8);
                return new LegRating(leg, before, random.Next(0, 4), Math.Max(0, before - random.Next(0, 4)), rising ? 10 - back : random.Next(0, 3));
            }).ToArray();
            var spots = legs.Take(random.Next(0, 3)).Select(leg => new TenderSpot(leg, (CalfZone)random.Next(3), (CalfLane)random.Next(3))).ToArray();
            StopReason? stop = (person % 13 == 0 && back is 2 or 5) || random.Next(60) == 0 ? (StopReason)random.Next(4)
                : random.Next(30) == 0 ? StopReason.StoppedForNow : null;
            var body = new SessionReport(Guid.NewGuid(), start, start.AddMinutes(random.Next(12, 25)), legs, ratings, spots, stop,
                random.Next(10) == 0 ? "Felt looser afterwards." : null, [.. legs.Select(leg => new DoneStep("knead", leg, 120))]);
            sessions.Add(StoredSessions.From(body, accountId, start.AddMinutes(25)));
        }

        if (random.Next(9) == 0)
        {
            db.ScreeningEvents.Add(new ScreeningEvent { AccountId = accountId, At = now.AddDays(-week * 7 - random.Next(7)), Verdict = WireNames.Name(Verdict.ProfessionalFirst), Reasons = "[]" });
        }
    }

    return sessions;
}
