using Soleus.Domain.Sessions;

namespace Soleus.Domain.Screening;

/// <summary>
/// Check-ins during a session, as pure rules for the session engine: the advice for each way a session stops, and
/// the rules for a pain rating given mid-session: at least <see cref="PainRiseThatStops"/> points above the rating
/// given before the session stops it with <see cref="StopReason.PainWorsening"/>; any smaller rise, or a rating of
/// <see cref="PainThatAsks"/> or more, asks whether to stop. Nothing tells a person in rising or high pain to carry
/// on. The thresholds are code, not data, so an edit of the questionnaire cannot loosen them.
/// </summary>
public static class SessionCheckIn
{
    /// <summary>Points on the 0–10 scale that pain may rise above its before-session rating before the session stops.</summary>
    public const int PainRiseThatStops = 2;

    /// <summary>A pain rating at or above this, even one no higher than before, asks whether to stop.</summary>
    public const int PainThatAsks = 7;

    /// <summary>What the rating <paramref name="painNow"/> calls for, against the rating before the session.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rating is outside 0–10.</exception>
    public static PainCheck Check(int painBefore, int painNow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(painBefore, Rating.Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(painBefore, Rating.Max);
        ArgumentOutOfRangeException.ThrowIfLessThan(painNow, Rating.Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(painNow, Rating.Max);
        return (painNow - painBefore) switch
        {
            >= PainRiseThatStops => PainCheck.Stop,
            > 0 => PainCheck.AskToStop,
            _ => painNow >= PainThatAsks ? PainCheck.AskToStop : PainCheck.GoOn,
        };
    }

    /// <summary>The advice for a stop, from the questionnaire, with the emergency number filled in.</summary>
    public static StopAdvice For(Questionnaire questionnaire, StopReason reason)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var advice = questionnaire.StopAdvice.FirstOrDefault(a => a.Reason == reason)
            ?? throw new KeyNotFoundException($"The questionnaire has no stop advice for '{reason}'.");
        return advice with { Title = questionnaire.Render(advice.Title), Text = questionnaire.Render(advice.Text) };
    }
}
