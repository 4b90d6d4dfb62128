using Soleus.Domain.Checks;

namespace Soleus.Web.Pages;

/// <summary>
/// The problems with a posted form, by field name, in the order found. Form fields carry the names the API gives
/// them, so the domain's field problems land on their controls as they are. Each control carries the id
/// <see cref="FieldId"/> and points at its message (id <see cref="ErrorId"/>) with aria-describedby; the error
/// summary at the top of the form links to the controls.
/// </summary>
public sealed class FormErrors
{
    private readonly List<KeyValuePair<string, string>> all = [];

    public IReadOnlyList<KeyValuePair<string, string>> All => all;

    public bool Any => all.Count > 0;

    public void Add(string field, string message)
    {
        if (!Has(field))
        {
            all.Add(new(field, message));
        }
    }

    /// <summary>Adds each problem on its field (the first for a field wins).</summary>
    public void Add(IEnumerable<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            Add(problem.Field, problem.Message);
        }
    }

    public bool Has(string field) => all.Exists(e => e.Key == field);

    public string? For(string field) => all.Find(e => e.Key == field).Value;

    /// <summary>"answers.sharp-pain.left" → "answers-sharp-pain-left": a field name made safe as an element id.</summary>
    public static string FieldId(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Replace('.', '-');
    }

    public static string ErrorId(string field) => FieldId(field) + "-error";

    /// <summary>The aria-describedby value for a field: its error message when it has one, then any hint.</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new[] { Has(field) ? ErrorId(field) : null, hintId }.OfType<string>().ToList();
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
