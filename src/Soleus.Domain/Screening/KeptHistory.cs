using System.Globalization;
using System.Text.Json;
using Soleus.Domain.Checks;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Screening;

/// <summary>
/// The safety history a browser keeps for a person without an account, as it sends it with a screening (the field
/// <see cref="Field"/>, JSON): <c>{"stops":[{"reason":"sharp-pain","at":"2026-11-29T10:00:00Z"}],
/// "clearances":[{"who":"GP","seenOn":"2026-11-30","recordedAt":"2026-11-30T08:00:00Z","reasons":["stopped-sharp-pain"]}]}</c>.
/// A clearance from a browser is always the person's own: it can lift only a carried stop, never stand for a
/// clinician's. Where the server keeps a history (an account), the browser's stops are added to it and its
/// clearances are ignored, so what a browser sends can make a screening stricter, never looser.
/// </summary>
public static class KeptHistory
{
    public const string Field = "history";

    /// <summary>The most stops or clearances a browser may send.</summary>
    public const int MaxEntries = 200;

    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 8 };

    /// <summary>Reads what was sent; nothing sent is an empty history.</summary>
    public static Checked<SafetyHistory> Read(string? json, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Checked.Valid(SafetyHistory.None);
        }

        var problems = new List<FieldProblem>();
        try
        {
            using var doc = JsonDocument.Parse(json, Strict);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("Not an object.");
            }

            var stops = Entries(doc.RootElement, "stops", problems).Select((e, i) => Stop(e, $"{Field}.stops[{i}]", now, problems)).ToList();
            var clearances = Entries(doc.RootElement, "clearances", problems).Select((e, i) => Clearance(e, $"{Field}.clearances[{i}]", now, problems)).ToList();
            return Checked.From(problems, () => new SafetyHistory([.. stops.OfType<KeptStop>()], [.. clearances.OfType<Clearance>()]));
        }
        catch (JsonException)
        {
            return Checked.Invalid<SafetyHistory>([new(Field, "The safety history kept by this browser could not be read: expected a JSON object with stops and clearances.")]);
        }
    }

    private static IEnumerable<JsonElement> Entries(JsonElement root, string name, List<FieldProblem> problems)
    {
        if (!root.TryGetProperty(name, out var list))
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() > MaxEntries)
        {
            problems.Add(new($"{Field}.{name}", $"Expected a list of at most {MaxEntries} entries."));
            return [];
        }

        return [.. list.EnumerateArray()];
    }

    private static KeptStop? Stop(JsonElement entry, string field, DateTimeOffset now, List<FieldProblem> problems)
    {
        var reason = WireNames.Parse<StopReason>(Text(entry, "reason"));
        var at = Moment(Text(entry, "at"), now);
        if (reason is null)
        {
            problems.Add(new($"{field}.reason", $"Name the stop: one of {string.Join(", ", WireNames.All<StopReason>())}."));
        }

        if (at is null)
        {
            problems.Add(new($"{field}.at", "Give the time of the stop as an ISO 8601 date and time, not in the future."));
        }

        return reason is { } r && at is { } t ? new KeptStop(r, t) : null;
    }

    private static Clearance? Clearance(JsonElement entry, string field, DateTimeOffset now, List<FieldProblem> problems)
    {
        var reasons = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("reasons", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).ToList()
            : [];
        if (Moment(Text(entry, "recordedAt"), now) is not { } recorded)
        {
            problems.Add(new($"{field}.recordedAt", "Give when this was recorded as an ISO 8601 date and time, not in the future."));
            return null;
        }

        var read = new ClearanceSheet(Text(entry, "who"), Text(entry, "seenOn"), reasons).Read(recorded, field + ".");
        problems.AddRange(read.Problems);
        return read.Value;
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Moment(string? text, DateTimeOffset now) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at <= now && at.Year >= 2000 ? at : null;
}
