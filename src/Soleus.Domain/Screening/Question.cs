namespace Soleus.Domain.Screening;

/// <summary>
/// A screening question. <see cref="PerLeg"/> questions are asked once for each leg to be massaged; the others once.
/// A yes (or "not sure", or no answer) brings <see cref="VerdictIfYes"/> and <see cref="Message"/>.
/// </summary>
public sealed record Question(
    string Id,
    QuestionScope Scope,
    bool PerLeg,
    string Text,
    Verdict VerdictIfYes,
    string Message,
    IReadOnlyList<string> Sources);
