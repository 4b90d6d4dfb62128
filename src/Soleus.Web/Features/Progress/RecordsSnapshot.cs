using Soleus.Domain.Progress;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Web.Features.Progress;

/// <summary>
/// A person's records at one version (see <see cref="RecordsCache"/>): every record that started at
/// <see cref="Since"/> or later, oldest first, never changed once read. It remembers the last progress report made
/// from them, which stands, unchanged, until <see cref="ProgressReport.StableUntil"/>.
/// </summary>
public sealed class RecordsSnapshot(RecordsVersion version, DateTimeOffset since, IReadOnlyList<SessionRecord> records)
{
    private Memo? memo;

    public RecordsVersion Version { get; } = version;

    public DateTimeOffset Since { get; } = since;

    public IReadOnlyList<SessionRecord> Records { get; } = records;

    /// <summary>The records that started at <paramref name="from"/> or later, oldest first, as a list of the caller's own.</summary>
    public List<SessionRecord> From(DateTimeOffset from) => [.. Records.Skip(FirstFrom(from))];

    /// <summary>The progress report at <paramref name="now"/>: the remembered one while it stands, otherwise a new one.</summary>
    public ProgressReport Report(Questionnaire questionnaire, DateTimeOffset now)
    {
        var remembered = Volatile.Read(ref memo);
        if (remembered is not null && remembered.From <= now && now < remembered.Until)
        {
            return remembered.Report;
        }

        var report = ProgressReport.For(questionnaire, Records, now);
        Volatile.Write(ref memo, new Memo(now, ProgressReport.StableUntil(Records, now), report));
        return report;
    }

    /// <summary>The index of the first record that started at <paramref name="from"/> or later: a binary search, the records being oldest first.</summary>
    private int FirstFrom(DateTimeOffset from)
    {
        var (low, high) = (0, Records.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = Records[middle].StartedAt < from ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private sealed record Memo(DateTimeOffset From, DateTimeOffset Until, ProgressReport Report);
}
