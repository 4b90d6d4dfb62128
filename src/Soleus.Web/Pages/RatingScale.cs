namespace Soleus.Web.Pages;

/// <summary>One 0–10 rating as a row of choices: its field, its legend, the value chosen so far, the form's errors, and the hint it shares.</summary>
public sealed record RatingScale(string Field, string Legend, string? Value, FormErrors Errors, string HintId);
