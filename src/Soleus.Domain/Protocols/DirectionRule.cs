namespace Soleus.Domain.Protocols;

/// <summary>The rule every travelling stroke follows, and why.</summary>
public sealed record DirectionRule(Direction Direction, string Text, string Reason, string Source);
