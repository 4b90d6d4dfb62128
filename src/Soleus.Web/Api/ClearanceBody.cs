namespace Soleus.Web.Api;

/// <summary>POST /api/safety/clearances: who saw the person, the day (yyyy-mm-dd), and the stops it answers ("stopped-sharp-pain").</summary>
public sealed record ClearanceBody(string? Who, string? SeenOn, IReadOnlyList<string?>? Reasons);
