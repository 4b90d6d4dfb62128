namespace Soleus.Web.Pages;

/// <summary>
/// A password box with its label, hint, error and a show-password button: its field name (also its id), the label,
/// the autocomplete token ("new-password" adds the length rules), the form's errors and an optional hint.
/// </summary>
public sealed record PasswordField(string Name, string Label, string Autocomplete, FormErrors Errors, string? Hint = null)
{
    public bool New => Autocomplete == "new-password";

    public string? HintId => Hint is null ? null : $"{Name}-hint";
}
