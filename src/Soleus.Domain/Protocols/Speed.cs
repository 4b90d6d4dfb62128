namespace Soleus.Domain.Protocols;

public enum Speed
{
    Low,
    Medium,
    High,
}
