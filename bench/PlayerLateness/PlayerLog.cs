using System.Globalization;
using System.Text.Json;

/// <summary>
/// What the player records under <c>?bench=1</c> (<c>window.soleusPlayer</c>), judged phase by phase: each cue raised
/// (and how late), each sound it meant to play, where it placed each one on the audio clock and whether it took it
/// back, and samples pairing the session clock with the audio clock.
/// </summary>
internal sealed record PlayerLog(Cue[] Raised, SoundEvent[] Events, Placement[] Placed, Sample[] Samples)
{
    /// <summary>
    /// A sound this close to its cue's time, either way, counts as on time: well above the steps in which an
    /// AudioContext's clock moves (a render quantum to ten ms) and below what a person hears as off the beat.
    /// </summary>
    public const double OnTimeSeconds = 0.05;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The JavaScript expression that gives the log as JSON.</summary>
    public const string Script = "JSON.stringify({ raised: soleusPlayer.lateness, events: soleusPlayer.soundEvents(), ...soleusPlayer.sounds })";

    /// <summary>Reads the log; with <c>SOLEUS_BENCH_LOG</c> set, also keeps it whole in that folder, one file a run.</summary>
    public static PlayerLog Parse(string json)
    {
        if (Environment.GetEnvironmentVariable("SOLEUS_BENCH_LOG") is { Length: > 0 } folder)
        {
            File.WriteAllText(Path.Combine(folder, $"player-log-{DateTime.UtcNow:yyyyMMddTHHmmss}.json"), json);
        }

        return JsonSerializer.Deserialize<PlayerLog>(json, Json) ?? throw new InvalidOperationException("The player's log is empty.");
    }

    /// <summary>True when every cue was raised once, in order, from the first.</summary>
    public bool CuesOnceInOrder => Raised.Select(c => c.Index).SequenceEqual(Enumerable.Range(0, Raised.Length));

    /// <summary>
    /// The sounds due from <paramref name="from"/> to <paramref name="to"/> (session seconds): how many played on time,
    /// late or early, how many were dropped or played twice, and how often the page woke. A sound placed at audio time
    /// S and not taken back before it played when the audio clock reached S; the session time of that moment comes
    /// from the samples of both clocks either side of S (the player samples at every wake-up and as it is frozen), so
    /// a sound that waited out a freeze is counted late by the freeze.
    /// </summary>
    public string Sounds(double from, double to)
    {
        var samples = Samples.OrderBy(s => s.Ctx).ThenBy(s => s.T).ToArray();
        var last = samples[^1];
        var due = Events.Where(e => e.At >= from && e.At < Math.Min(to, last.T - 1)).ToList();
        int onTime = 0, late = 0, early = 0, dropped = 0, doubled = 0;
        var latest = 0.0;
        foreach (var e in due)
        {
            var played = Placed.Where(p => p.Id == e.Id && (p.Cancelled is null || p.Cancelled > p.Start) && p.Start <= last.Ctx).ToList();
            if (played.Count == 0)
            {
                dropped++;
                continue;
            }

            doubled += played.Count > 1 ? 1 : 0;
            var lateness = SessionTimeAt(samples, played.Min(p => p.Start)) - e.At;
            latest = Math.Max(latest, lateness);
            if (lateness > OnTimeSeconds)
            {
                late++;
            }
            else if (lateness < -OnTimeSeconds)
            {
                early++;
            }
            else
            {
                onTime++;
            }
        }

        var wakes = Samples.Where(s => s.T >= from && s.T < to).OrderBy(s => s.T).ToArray();
        var gap = wakes.Zip(wakes.Skip(1), (a, b) => b.T - a.T).DefaultIfEmpty(0).Max();
        var rate = wakes.Length > 1 ? (wakes[^1].Ctx - wakes[0].Ctx) / (wakes[^1].T - wakes[0].T) : double.NaN;
        return FormattableString.Invariant(
            $"{due.Count} sounds due: {onTime} on time (within {OnTimeSeconds * 1000:0} ms), {late} late{(late > 0 ? $" (the latest by {latest:0.000} s)" : "")}, {early} early, {dropped} dropped, {doubled} played twice; {wakes.Length} wake-ups, {gap:0.0} s apart at most; the audio clock ran at {rate:0.0000} of the session clock");
    }

    /// <summary>
    /// The session time at which the audio clock reached <paramref name="ctx"/>: between the samples either side of it,
    /// in proportion (both clocks run evenly between two wake-ups unless the page was frozen, and then a sample marks the
    /// freeze); with none after it yet, from the last one.
    /// </summary>
    private static double SessionTimeAt(Sample[] samples, double ctx)
    {
        var after = Array.FindIndex(samples, s => s.Ctx >= ctx);
        if (after <= 0)
        {
            var near = samples[after < 0 ? ^1 : 0];
            return near.T + (ctx - near.Ctx);
        }

        var (a, b) = (samples[after - 1], samples[after]);
        return b.Ctx - a.Ctx < 1e-6 ? b.T : a.T + ((ctx - a.Ctx) * (b.T - a.T) / (b.Ctx - a.Ctx));
    }

    /// <summary>The cues due from <paramref name="from"/> to <paramref name="to"/>: how many were raised and how late at most.</summary>
    public string Cues(double from, double to)
    {
        var cues = Raised.Where(c => c.At >= from && c.At < to).ToList();
        return cues.Count == 0
            ? "no cue due"
            : string.Create(CultureInfo.InvariantCulture, $"{cues.Count} cues raised, the latest {cues.Max(c => c.LateMs):0.0} ms after its time");
    }
}

internal sealed record Cue(int Index, string Kind, double At, double LateMs);

internal sealed record SoundEvent(string Id, double At, string Sound);

internal sealed record Placement(string Id, double At, double Start, double? Cancelled);

internal sealed record Sample(double T, double Ctx);
