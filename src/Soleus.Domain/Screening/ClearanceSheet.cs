using System.Globalization;
using Soleus.Domain.Checks;

namespace Soleus.Domain.Screening;

/// <summary>
/// A clearance a person records for themselves, as sent: who saw them (such as "GP" or "physiotherapist"), the day
/// (yyyy-mm-dd, no later than the day it is recorded), and which carried stops it answers ("stopped-sharp-pain").
/// Problems are named "who", "seenOn" and "reasons", after <c>prefix</c>.
/// </summary>
public sealed record ClearanceSheet(string? Who, string? SeenOn, IReadOnlyList<string?> Reasons)
{
    public Checked<Clearance> Read(DateTimeOffset recordedAt, string prefix = "")
    {
        var problems = new List<FieldProblem>();
        var who = Who?.Trim();
        if (who is not { Length: > 0 and <= Clearance.MaxWhoLength })
        {
            problems.Add(new($"{prefix}who", $"Say who saw you, such as GP or physiotherapist, in 1 to {Clearance.MaxWhoLength} characters."));
        }

        var today = DateOnly.FromDateTime(recordedAt.DateTime);
        var seen = DateOnly.TryParseExact(SeenOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day <= today && day.Year >= 2000
            ? day : (DateOnly?)null;
        if (seen is null)
        {
            problems.Add(new($"{prefix}seenOn", $"Give the day you were seen as a date from 2000-01-01 to {today:yyyy-MM-dd}."));
        }

        if (Reasons.Count == 0 || Reasons.Any(id => id is null || CarriedStops.Of(id) is null))
        {
            problems.Add(new($"{prefix}reasons", "Choose the stops this answers: stopped-sharp-pain, stopped-numbness, stopped-pain-worsening or stopped-swelling-or-redness."));
        }

        return Checked.From(problems, () => new Clearance(ClearedBy.Self, who!, seen!.Value, recordedAt, [.. Reasons.OfType<string>().Distinct()], []));
    }
}
