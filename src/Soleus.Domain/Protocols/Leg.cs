namespace Soleus.Domain.Protocols;

public enum Leg
{
    Left,
    Right,
}
