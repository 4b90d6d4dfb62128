using Soleus.Domain.Sessions;

namespace Soleus.Web.Features.Sessions;

/// <summary>A session as stored, and whether this save stored it (false: it was there already, from an earlier try).</summary>
public sealed record SavedSession(SessionReport Report, bool Created);
