using Soleus.Domain.Checks;

namespace Soleus.Domain.Sessions;

/// <summary>The one scale of every tightness and pain rating: a whole number from 0 (none) to 10 (the worst).</summary>
public static class Rating
{
    public const int Min = 0;

    public const int Max = 10;

    /// <summary>The rule in words, as both doors show it.</summary>
    public static string Rule { get; } = $"Enter a whole number from {Min} (none) to {Max} (the worst).";

    public static bool IsValid(int value) => value is >= Min and <= Max;

    /// <summary>The problem with a rating field, or null. A missing rating is a problem only when <paramref name="required"/>.</summary>
    public static FieldProblem? Check(string field, int? value, bool required = false) => value switch
    {
        null when required => new(field, Rule),
        { } given when !IsValid(given) => new(field, Rule),
        _ => null,
    };
}
