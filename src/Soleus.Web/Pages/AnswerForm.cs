using System.Text.Json;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Web.Pages;

/// <summary>
/// The screening answers as form fields: <c>a.&lt;question-id&gt;</c> for a question asked once and
/// <c>a.&lt;question-id&gt;.left</c> / <c>.right</c> for one asked per leg, each "yes", "no" or "not-sure"; the
/// "anything changed?" confirmation is <c>a.profile-changed</c>. The screening page posts them, and the plan page
/// carries them in hidden fields so that it can screen the very same answers again before it plans: what the form
/// says about a verdict is never trusted, only the answers are.
/// </summary>
public sealed class AnswerForm
{
    public const string Prefix = "a.";

    public static IReadOnlyList<(string Value, string Text)> Choices { get; } = [("yes", "Yes"), ("no", "No"), ("not-sure", "Not sure")];

    private readonly Dictionary<string, string> fields;

    private AnswerForm(Dictionary<string, string> fields) => this.fields = fields;

    /// <summary>Every answer field as posted, by field name; empty values are left out.</summary>
    public IReadOnlyDictionary<string, string> Fields => fields;

    public static AnswerForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal) && values.LastOrDefault() is { Length: > 0 } value)
            {
                fields[name] = value;
            }
        }

        return new AnswerForm(fields);
    }

    public static string Field(string questionId, Leg? leg = null) =>
        leg is { } l ? $"{Prefix}{questionId}.{Labels.LegValue(l)}" : $"{Prefix}{questionId}";

    /// <summary>The answer given in the field, or null.</summary>
    public string? Get(string questionId, Leg? leg = null) => fields.GetValueOrDefault(Field(questionId, leg));

    /// <summary>True when the answers include the health-profile questions themselves.</summary>
    public bool HasProfileAnswers(Questionnaire questionnaire) =>
        questionnaire.ProfileQuestions.Any(q => fields.ContainsKey(Field(q.Id)));

    /// <summary>The health-profile answers in the field, for storing as the person's profile; null unless all are valid.</summary>
    public Dictionary<string, Answer>? ProfileAnswers(Questionnaire questionnaire)
    {
        var answers = new Dictionary<string, Answer>();
        foreach (var question in questionnaire.ProfileQuestions)
        {
            if (ParseAnswer(Get(question.Id)) is not { } answer)
            {
                return null;
            }

            answers[question.Id] = answer;
        }

        return answers;
    }

    /// <summary>
    /// The answers in the shape the screening API takes: a string per question asked once, an object of legs per
    /// question asked per leg. Field names it does not understand are passed on, so the screening reports them.
    /// </summary>
    public Dictionary<string, JsonElement> ToApi()
    {
        var plain = new Dictionary<string, string>(StringComparer.Ordinal);
        var perLeg = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            var key = name[Prefix.Length..];
            var dot = key.LastIndexOf('.');
            if (dot > 0 && Labels.ParseLeg(key[(dot + 1)..]) is not null)
            {
                var id = key[..dot];
                if (!perLeg.TryGetValue(id, out var legs))
                {
                    perLeg[id] = legs = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                legs[key[(dot + 1)..]] = value;
            }
            else
            {
                plain[key] = value;
            }
        }

        var answers = plain.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value));
        foreach (var (id, legs) in perLeg)
        {
            answers[id] = JsonSerializer.SerializeToElement(legs);
        }

        return answers;
    }

    public static Answer? ParseAnswer(string? value) => value switch
    {
        "yes" => Answer.Yes,
        "no" => Answer.No,
        "not-sure" => Answer.NotSure,
        _ => null,
    };

    public static string AnswerValue(Answer answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        Answer.NotSure => "not-sure",
    };

    /// <summary>The legs named in the form values, each once, left first; unknown values are dropped.</summary>
    public static IReadOnlyList<Leg> ParseLegs(IEnumerable<string?> values)
    {
        var legs = values.Select(Labels.ParseLeg).OfType<Leg>().ToHashSet();
        return [.. Enum.GetValues<Leg>().Where(legs.Contains)];
    }
}
