using Soleus.Domain.Sessions;

namespace Soleus.Domain.Screening;

/// <summary>
/// Check-ins during a session, as pure rules for the session engine: the advice for each way a session stops, and
/// the rule that a pain rating given mid-session at least <see cref="PainRiseThatStops"/> points above the rating
/// given before the session stops it with <see cref="StopReason.PainWorsening"/>. The threshold is code, not data,
/// so an edit of the questionnaire cannot loosen it.
/// </summary>
public static class SessionCheckIn
{
    /// <summary>Points on the 0–10 scale that pain may rise above its before-session rating before the session stops.</summary>
    public const int PainRiseThatStops = 2;

    /// <summary>True when <paramref name="painNow"/> is at least <see cref="PainRiseThatStops"/> above <paramref name="painBefore"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rating is outside 0–10.</exception>
    public static bool ShouldStop(int painBefore, int painNow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(painBefore, Rating.Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(painBefore, Rating.Max);
        ArgumentOutOfRangeException.ThrowIfLessThan(painNow, Rating.Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(painNow, Rating.Max);
        return painNow - painBefore >= PainRiseThatStops;
    }

    /// <summary>The stop a mid-session pain rating calls for: <see cref="StopReason.PainWorsening"/>, or null to go on.</summary>
    public static StopReason? Check(int painBefore, int painNow) => ShouldStop(painBefore, painNow) ? StopReason.PainWorsening : null;

    /// <summary>The advice for a stop, from the questionnaire, with the emergency number filled in.</summary>
    public static StopAdvice For(Questionnaire questionnaire, StopReason reason)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var advice = questionnaire.StopAdvice.FirstOrDefault(a => a.Reason == reason)
            ?? throw new KeyNotFoundException($"The questionnaire has no stop advice for '{reason}'.");
        return advice with { Title = questionnaire.Render(advice.Title), Text = questionnaire.Render(advice.Text) };
    }
}
