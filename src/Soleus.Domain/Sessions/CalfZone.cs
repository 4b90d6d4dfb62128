namespace Soleus.Domain.Sessions;

public enum CalfZone
{
    Lower,
    Mid,
    Upper,
}
