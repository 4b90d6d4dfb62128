using Soleus.Domain.Sessions;

namespace Soleus.Domain.Screening;

/// <summary>
/// What to tell the person when a session stops for <see cref="Reason"/>. <see cref="ShowDvtWarning"/> says to show
/// the DVT warning with it. <see cref="Carried"/> is what later screenings say while a safety stop stands
/// (<see cref="CarriedStops"/>); a stop that is not for safety has none.
/// </summary>
public sealed record StopAdvice(StopReason Reason, string Title, string Text, bool ShowDvtWarning, string? Carried = null);
