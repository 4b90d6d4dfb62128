namespace Soleus.Domain.Screening;

/// <summary>Who recorded a clearance: the person themselves, or a clinician of their practice.</summary>
public enum ClearedBy
{
    Self,
    Clinician,
}
