using Soleus.Domain.Checks;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// Screening answers as they are sent, by both doors, and the rule book that reads them: the API's answer object and
/// the screening page's form become the same map of answer keys to wire values ("sharp-pain.left" → "no",
/// "pregnant" → "not-sure", "profile-changed" → "no"), with the legs asked about by name. Problems are named under
/// <see cref="Field"/> ("answers.sharp-pain.left") and "legs".
/// <list type="bullet">
/// <item>Every session question is answered; one asked per leg, for each leg asked. A plain answer to a per-leg
/// question counts for every leg asked; where a leg also has its own answer, the more serious of the two counts.</item>
/// <item>Without a current health profile (none stored, or expired), every health question is answered, and those
/// answers become the profile. With one, "has anything changed?" is answered (or the health questions are answered
/// afresh).</item>
/// <item>Values are "yes", "no" or "not-sure"; keys name a question Soleus asks.</item>
/// <item>The safety history a browser keeps (<see cref="History"/>, read by <see cref="KeptHistory"/>) comes along.</item>
/// </list>
/// </summary>
public sealed record AnswerSheet(IReadOnlyDictionary<string, string?> Answers, IReadOnlyList<string?> Legs, string? History = null)
{
    public const string Field = "answers";

    public static string Rule { get; } = "Choose yes, no or not sure.";

    /// <summary>
    /// What to do about an answer that is missing or not one of the choices, naming the question by its first sentence
    /// (and the leg, for one asked per leg): "Answer “Are you pregnant, …?”: choose yes, no or not sure." A key that
    /// names no question gets the plain <see cref="Rule"/>.
    /// </summary>
    public static string Unanswered(Questionnaire questionnaire, string key)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(key);
        var dot = key.LastIndexOf('.');
        var leg = dot < 0 ? null : WireNames.Parse<Leg>(key[(dot + 1)..]);
        var id = leg is null ? key : key[..dot];
        var text = id == Screener.ProfileChangedId ? questionnaire.Profile.ChangedQuestion : questionnaire.Questions.FirstOrDefault(q => q.Id == id)?.Text;
        if (text is null)
        {
            return Rule;
        }

        var question = text[..(text.IndexOf('?', StringComparison.Ordinal) + 1 is > 0 and var end ? end : text.Length)];
        return leg is { } named
            ? $"For your {WireNames.Name(named)} calf, answer “{question}”: choose yes, no or not sure."
            : $"Answer “{question}”: choose yes, no or not sure.";
    }

    /// <summary>Reads the answers against the questionnaire and the person's stored health profile, if any.</summary>
    public Checked<ScreeningInput> Read(Questionnaire questionnaire, HealthProfile? stored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var answers = Answers;
        var problems = new List<FieldProblem>();
        var legs = Protocols.Legs.Read("legs", Legs, problems);
        var given = new Dictionary<AnswerKey, Answer>();
        var profile = new Dictionary<string, Answer>();
        foreach (var (key, value) in answers)
        {
            if (Key(questionnaire, key, problems) is not { } answerKey)
            {
                continue;
            }

            if (WireNames.Parse<Answer>(value) is not { } answer)
            {
                problems.Add(new($"{Field}.{key}", Unanswered(questionnaire, key)));
            }
            else if (questionnaire.Questions.Any(q => q.Id == answerKey.QuestionId && q.Scope == QuestionScope.Profile))
            {
                profile[answerKey.QuestionId] = answer;
            }
            else
            {
                given[answerKey] = given.TryGetValue(answerKey, out var other) ? Stricter(answer, other) : answer;
            }
        }

        var kept = KeptHistory.Read(History, now);
        problems.AddRange(kept.Problems);
        var current = stored is not null && !stored.IsExpired(questionnaire.Profile.ValidMonths, now);
        CheckComplete(questionnaire, answers, legs, given, profile.Count > 0 || !current, problems);
        var sheet = ScreeningAnswers.None;
        foreach (var question in questionnaire.SessionQuestions)
        {
            foreach (var leg in question.PerLeg ? legs.Cast<Leg?>() : [null])
            {
                var own = given.TryGetValue(new(question.Id, leg), out var a) ? a : (Answer?)null;
                var plain = leg is not null && given.TryGetValue(new(question.Id), out var p) ? p : (Answer?)null;
                Answer? answer = (own, plain) switch
                {
                    ({ } first, { } second) => Stricter(first, second),
                    _ => own ?? plain,
                };
                if (answer is { } counted)
                {
                    sheet = sheet.With(new AnswerKey(question.Id, leg), counted);
                }
            }
        }

        var newProfile = profile.Count > 0 ? new HealthProfile(profile, now) : null;
        // Health questions answered in this very screening: nothing can have changed since.
        var changed = newProfile is not null ? Answer.No : given.TryGetValue(new(Screener.ProfileChangedId), out var c) ? c : (Answer?)null;
        if (changed is { } confirmed)
        {
            sheet = sheet.With(Screener.ProfileChangedId, confirmed);
        }

        return Checked.From(problems, () => new ScreeningInput(legs, sheet, newProfile ?? stored, newProfile, kept.Value!));
    }

    /// <summary>A whole health profile as sent to be stored: every health question, each once, "yes", "no" or "not-sure".</summary>
    public static Checked<IReadOnlyDictionary<string, Answer>> ReadProfile(Questionnaire questionnaire, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<FieldProblem>();
        var profile = new Dictionary<string, Answer>();
        foreach (var (id, value) in answers)
        {
            if (!questionnaire.ProfileQuestions.Any(q => q.Id == id))
            {
                problems.Add(new($"{Field}.{id}", "This is not one of the health questions."));
            }
            else if (WireNames.Parse<Answer>(value) is { } answer)
            {
                profile[id] = answer;
            }
            else
            {
                problems.Add(new($"{Field}.{id}", Unanswered(questionnaire, id)));
            }
        }

        problems.AddRange(questionnaire.ProfileQuestions.Where(q => !answers.ContainsKey(q.Id)).Select(q => new FieldProblem($"{Field}.{q.Id}", Unanswered(questionnaire, q.Id))));
        return Checked.From<IReadOnlyDictionary<string, Answer>>(problems, () => profile);
    }

    /// <summary>The question and leg a key names ("sharp-pain.left"), or null with the problem added.</summary>
    private static AnswerKey? Key(Questionnaire questionnaire, string key, List<FieldProblem> problems)
    {
        var dot = key.LastIndexOf('.');
        var (id, legName) = dot < 0 ? (key, null) : (key[..dot], key[(dot + 1)..]);
        var question = questionnaire.Questions.FirstOrDefault(q => q.Id == id);
        if (id == Screener.ProfileChangedId && legName is null)
        {
            return new(id);
        }

        if (question is null)
        {
            problems.Add(new($"{Field}.{key}", "Soleus asks no question with this id."));
            return null;
        }

        if (legName is null)
        {
            return new(id);
        }

        if (!question.PerLeg)
        {
            problems.Add(new($"{Field}.{key}", "This question is asked once, not for each leg."));
            return null;
        }

        if (WireNames.Parse<Leg>(legName) is not { } leg)
        {
            problems.Add(new($"{Field}.{key}", "Name the leg left or right."));
            return null;
        }

        return new(id, leg);
    }

    private static void CheckComplete(
        Questionnaire questionnaire, IReadOnlyDictionary<string, string?> sent, IReadOnlyList<Leg> legs, Dictionary<AnswerKey, Answer> given, bool askProfile, List<FieldProblem> problems)
    {
        var missing = new List<string>();
        foreach (var question in questionnaire.SessionQuestions)
        {
            if (!question.PerLeg || sent.ContainsKey(question.Id))
            {
                if (!sent.ContainsKey(question.Id))
                {
                    missing.Add(question.Id);
                }

                continue;
            }

            missing.AddRange(legs.Where(l => !given.ContainsKey(new(question.Id, l)) && !sent.ContainsKey($"{question.Id}.{WireNames.Name(l)}"))
                .Select(l => $"{question.Id}.{WireNames.Name(l)}"));
        }

        if (askProfile)
        {
            missing.AddRange(questionnaire.ProfileQuestions.Where(q => !sent.ContainsKey(q.Id)).Select(q => q.Id));
        }
        else if (!sent.ContainsKey(Screener.ProfileChangedId) && !questionnaire.ProfileQuestions.Any(q => sent.ContainsKey(q.Id)))
        {
            missing.Add(Screener.ProfileChangedId);
        }

        problems.AddRange(missing.Select(key => new FieldProblem($"{Field}.{key}", Unanswered(questionnaire, key))));
    }

    /// <summary>The more serious of two answers: yes, then not sure, then no.</summary>
    private static Answer Stricter(Answer a, Answer b) => (a, b) switch
    {
        (Answer.Yes, _) or (_, Answer.Yes) => Answer.Yes,
        (Answer.NotSure, _) or (_, Answer.NotSure) => Answer.NotSure,
        _ => Answer.No,
    };
}
