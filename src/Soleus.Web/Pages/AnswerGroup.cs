namespace Soleus.Web.Pages;

/// <summary>One yes / no / not-sure radio group: its field, its legend, the answer chosen so far, and the form's errors.</summary>
public sealed record AnswerGroup(string Field, string Legend, string? Value, FormErrors Errors, bool SmallLegend = false);
