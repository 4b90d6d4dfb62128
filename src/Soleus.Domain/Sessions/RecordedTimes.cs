using System.Globalization;
using Soleus.Domain.Checks;

namespace Soleus.Domain.Sessions;

/// <summary>
/// The instants a record of what already happened may carry, and a period asked of them: from
/// <see cref="Earliest"/> (Soleus keeps nothing older) to the server's clock plus <see cref="ClockSlack"/>. Anything
/// outside is refused by the field's name, never clamped, so no calendar end reaches a date calculation.
/// </summary>
public static class RecordedTimes
{
    public static DateTimeOffset Earliest { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far past the server's clock a client's clock may run before a time counts as in the future.</summary>
    public static TimeSpan ClockSlack { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The problem with an instant of what already happened, or null when it lies from <see cref="Earliest"/> to now.</summary>
    public static FieldProblem? Check(string field, DateTimeOffset at, DateTimeOffset now) =>
        at < Earliest || at > now + ClockSlack
            ? new(field, $"Must be from {Earliest.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to now.")
            : null;
}
