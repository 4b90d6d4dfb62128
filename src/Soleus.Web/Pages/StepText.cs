namespace Soleus.Web.Pages;

/// <summary>What the player shows for a step while it runs: the protocol's words, and what to keep off, as labels.</summary>
public sealed record StepText(string Name, string Purpose, IReadOnlyList<string> Instructions, string Feel, string CommonMistake, IReadOnlyList<string> Avoid);
