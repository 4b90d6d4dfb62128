namespace Soleus.Domain.Screening;

/// <summary>
/// How long a health profile stays valid, the "anything changed?" question asked each session, and the messages for
/// a profile that is missing, expired or changed.
/// </summary>
public sealed record ProfileRules(
    int ValidMonths,
    string ChangedQuestion,
    string MissingMessage,
    string ExpiredMessage,
    string ChangedMessage);
