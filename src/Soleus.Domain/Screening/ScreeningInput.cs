using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// A screening read from what was sent: the legs asked about, this session's answers, and the health profile to
/// judge them with. <see cref="NewProfile"/> is set when the health questions were answered in this screening (the
/// profile then also becomes the person's stored one). <see cref="Kept"/> is the safety history the browser sent.
/// </summary>
public sealed record ScreeningInput(IReadOnlyList<Leg> Legs, ScreeningAnswers Answers, HealthProfile? Profile, HealthProfile? NewProfile, SafetyHistory Kept);
