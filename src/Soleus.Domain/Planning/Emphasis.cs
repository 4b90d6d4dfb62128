namespace Soleus.Domain.Planning;

/// <summary>Which calf muscle the session favours; <see cref="Auto"/> derives it from the person's activities.</summary>
public enum Emphasis
{
    Gastrocnemius,
    Soleus,
    Auto,
}
