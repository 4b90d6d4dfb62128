using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Web.Pages;

/// <summary>
/// The screening answers as form fields, named as the API names them: <c>answers.&lt;question-id&gt;</c> for a
/// question asked once and <c>answers.&lt;question-id&gt;.left</c> / <c>.right</c> for one asked per leg, each
/// "yes", "no" or "not-sure"; the "anything changed?" confirmation is <c>answers.profile-changed</c>. The screening
/// page posts them, and the plan and player pages carry them in hidden fields so that the very same answers are
/// judged again before a plan is made: what a form says about a verdict is never trusted, only the answers are.
/// The safety history the browser keeps travels with them in the field <c>history</c> (<see cref="KeptHistory"/>).
/// </summary>
public sealed class AnswerForm
{
    public const string Prefix = AnswerSheet.Field + ".";

    private readonly Dictionary<string, string> fields;

    private AnswerForm(Dictionary<string, string> fields) => this.fields = fields;

    /// <summary>The answer choices, by wire value, with their labels.</summary>
    public static IReadOnlyList<(string Value, string Text)> Choices { get; } =
        [.. Enum.GetValues<Answer>().Select(a => (WireNames.Name(a), Labels.Answer(a)))];

    /// <summary>Every answer field as posted, by field name; empty values are left out.</summary>
    public IReadOnlyDictionary<string, string> Fields => fields;

    public static AnswerForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            if ((name.StartsWith(Prefix, StringComparison.Ordinal) || name == KeptHistory.Field) && values.LastOrDefault() is { Length: > 0 } value)
            {
                fields[name] = value;
            }
        }

        return new AnswerForm(fields);
    }

    public static string Field(string questionId, Leg? leg = null) =>
        leg is { } l ? $"{Prefix}{questionId}.{WireNames.Name(l)}" : $"{Prefix}{questionId}";

    /// <summary>The answers as the domain's answer sheet reads them, for the given legs.</summary>
    public AnswerSheet Sheet(IReadOnlyList<string?> legs) => new(
        fields.Where(f => f.Key != KeptHistory.Field).ToDictionary(f => f.Key[Prefix.Length..], f => (string?)f.Value, StringComparer.Ordinal),
        legs,
        fields.GetValueOrDefault(KeptHistory.Field));

    /// <summary>The profile answers as fields, to show checked on a form.</summary>
    public static Dictionary<string, string> ProfileFields(HealthProfile? profile) =>
        (profile?.Answers ?? new Dictionary<string, Answer>()).ToDictionary(a => Field(a.Key), a => WireNames.Name(a.Value));
}
