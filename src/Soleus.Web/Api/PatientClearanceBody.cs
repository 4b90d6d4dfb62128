namespace Soleus.Web.Api;

/// <summary>
/// POST /api/practice/patients/{id}/clearances: the reason ids it lifts, the legs (none: both), the tools allowed (left
/// out: any), the most minutes per calf (left out: no cap), the last day it holds (yyyy-mm-dd) and a note. Every
/// property may be left out, so the clearance's own rules name what is missing.
/// </summary>
public sealed record PatientClearanceBody(
    IReadOnlyList<string?>? Reasons = null,
    IReadOnlyList<string?>? Legs = null,
    IReadOnlyList<string?>? Tools = null,
    int? MinutesCap = null,
    string? ValidUntil = null,
    string? Note = null);
