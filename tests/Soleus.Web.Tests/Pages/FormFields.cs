using AngleSharp.Html.Dom;

namespace Soleus.Web.Tests.Pages;

/// <summary>The name/value pairs a form would send, in order, with ways to change them as a person (or a tamperer) would.</summary>
internal sealed class FormFields
{
    private readonly List<KeyValuePair<string, string>> pairs = [];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => pairs;

    public static FormFields Of(IHtmlFormElement form)
    {
        var fields = new FormFields();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.pairs.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button"):
                    fields.pairs.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    fields.pairs.Add(new(name, area.Value));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Sets the one value of the field (a text box, a radio group), replacing what it had.</summary>
    public FormFields Set(string name, string value)
    {
        pairs.RemoveAll(p => p.Key == name);
        pairs.Add(new(name, value));
        return this;
    }

    /// <summary>Ticks one more value of a checkbox group.</summary>
    public FormFields Tick(string name, string value)
    {
        pairs.Add(new(name, value));
        return this;
    }

    /// <summary>Unticks one value, or with no value takes the whole field out.</summary>
    public FormFields Remove(string name, string? value = null)
    {
        pairs.RemoveAll(p => p.Key == name && (value is null || p.Value == value));
        return this;
    }

    public string? Get(string name) => pairs.LastOrDefault(p => p.Key == name).Value;

    public IEnumerable<string> Names => pairs.Select(p => p.Key);
}
