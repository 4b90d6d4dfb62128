namespace Soleus.Domain.Sessions;

public enum CalfLane
{
    Inner,
    Centre,
    Outer,
}
