using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// The answers given this session: to the session questions (per leg where the question is per leg) and to the
/// "anything changed?" confirmation of the health profile (<see cref="Screener.ProfileChangedId"/>). Immutable:
/// <c>With</c> returns a copy. A question left out counts as "not sure".
/// </summary>
public sealed class ScreeningAnswers
{
    private readonly Dictionary<AnswerKey, Answer> _answers;

    private ScreeningAnswers(Dictionary<AnswerKey, Answer> answers) => _answers = answers;

    public static ScreeningAnswers None { get; } = new([]);

    public IReadOnlyDictionary<AnswerKey, Answer> All => _answers.AsReadOnly();

    public ScreeningAnswers With(string questionId, Answer answer) => With(new AnswerKey(questionId), answer);

    public ScreeningAnswers With(string questionId, Leg leg, Answer answer) => With(new AnswerKey(questionId, leg), answer);

    public ScreeningAnswers With(AnswerKey key, Answer answer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key.QuestionId);
        return new(new Dictionary<AnswerKey, Answer>(_answers) { [key] = answer });
    }

    /// <summary>The answer given, or null when the question was not answered.</summary>
    public Answer? Get(string questionId, Leg? leg = null) =>
        _answers.TryGetValue(new AnswerKey(questionId, leg), out var answer) ? answer : null;
}
