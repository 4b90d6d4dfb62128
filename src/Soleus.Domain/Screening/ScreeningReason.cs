using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// One answer that shaped the verdict: the question, the leg where it was asked per leg, what it means for the
/// person (<see cref="Message"/>, ready to show), and why it counted (<see cref="Basis"/>). The reasons
/// "profile-missing", "profile-expired" and "profile-changed" stand for every health-profile question at once; a
/// stop that carries forward ("stopped-sharp-pain", <see cref="CarriedStops"/>) says since when it stands.
/// </summary>
public sealed record ScreeningReason(string QuestionId, Verdict Verdict, string Message, Leg? Leg = null, ReasonBasis Basis = ReasonBasis.Yes)
{
    /// <summary>When the stop this reason carries forward happened; null for every other reason.</summary>
    public DateTimeOffset? Since { get; init; }
}
