namespace Soleus.Domain.Planning;

/// <summary>
/// Something to say or show at an exact offset from the session start (paused time excluded).
/// <see cref="Zone"/> and <see cref="Lane"/> name the area in hand; <see cref="Count"/> is a countdown number.
/// </summary>
public sealed record Cue(double AtSeconds, CueKind Kind, string Text, string? Zone = null, string? Lane = null, int? Count = null);
