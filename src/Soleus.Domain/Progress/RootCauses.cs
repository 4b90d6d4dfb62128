using Soleus.Domain.Screening;

namespace Soleus.Domain.Progress;

/// <summary>
/// Root-cause guidance after a session: for each optional question answered yes or "not sure", its guidance, in the
/// questionnaire's order. Unanswered questions bring nothing (they are optional and the guidance is information only).
/// </summary>
public static class RootCauses
{
    public const string CrampsOrFatigue = "cramps-or-fatigue";

    public const string OngoingStress = "ongoing-stress";

    public const string HeelPainFirstSteps = "heel-pain-first-steps";

    /// <exception cref="ArgumentException">An answer names a root-cause question the questionnaire does not have.</exception>
    public static IReadOnlyList<RootCauseGuidance> For(Questionnaire questionnaire, IReadOnlyDictionary<string, Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var id in answers.Keys.Where(id => questionnaire.RootCauses.All(g => g.Id != id)))
        {
            throw new ArgumentException($"The questionnaire has no root-cause question '{id}'.", nameof(answers));
        }

        return questionnaire.RootCauses
            .Where(g => answers.TryGetValue(g.Id, out var answer) && answer is Answer.Yes or Answer.NotSure)
            .Select(g => g with { Question = questionnaire.Render(g.Question), Title = questionnaire.Render(g.Title), Text = questionnaire.Render(g.Text) })
            .ToList();
    }
}
