using Soleus.Domain.Sessions;

namespace Soleus.Domain.Screening;

/// <summary>A session that ended with a stop, as later screenings weigh it: why and when.</summary>
public sealed record KeptStop(StopReason Reason, DateTimeOffset At);
