namespace Soleus.Web.Data;

/// <summary>How one leg felt before and after a session, 0 to 10, stored as four columns of the session row.</summary>
public sealed record StoredRating(int TightnessBefore, int PainBefore, int? TightnessAfter, int? PainAfter);
