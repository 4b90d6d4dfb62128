using System.Text.RegularExpressions;

namespace Soleus.Domain.Protocols;

/// <summary>
/// One urgency for the signs of a possible clot, the seed's: emergency care now. Every text that names a clot sign
/// (a calf that swells) or that Soleus lists as a clot message carries <see cref="Placeholder"/>, which the
/// questionnaire fills with its one instruction (call the emergency number now, or go straight to an emergency
/// department), and never a softer one ("today", "urgent care").
/// </summary>
public static partial class ClotUrgency
{
    public const string Placeholder = "{clotInstruction}";

    /// <summary>True when the text names a clot sign that the instruction must go with.</summary>
    public static bool NamesClotSign(string text) => ClotSign().IsMatch(text);

    /// <summary>What is wrong with a clot message, or null when it gives the one instruction and nothing softer.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(Placeholder, StringComparison.Ordinal))
        {
            return $"A message about a possible clot must give the emergency instruction ('{Placeholder}').";
        }

        return Softer().Match(text) is { Success: true } softer
            ? $"A message about a possible clot must not soften the instruction ('{softer.Value}')."
            : null;
    }

    /// <summary>What is wrong with the instruction itself, or null when it names the number and emergency care, and nothing softer.</summary>
    public static string? InstructionProblem(string instruction, string numberPlaceholder)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        var words = instruction.Replace(numberPlaceholder, "", StringComparison.Ordinal);
        if (!instruction.Contains(numberPlaceholder, StringComparison.Ordinal) || !EmergencyCare().IsMatch(words))
        {
            return $"The clot instruction must name the emergency number ('{numberPlaceholder}') and emergency care.";
        }

        return Softer().Match(words) is { Success: true } softer ? $"The clot instruction must not soften itself ('{softer.Value}')." : null;
    }

    [GeneratedRegex(@"\bemergency\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmergencyCare();

    [GeneratedRegex(@"\b(swell|swells|swelling|swollen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClotSign();

    [GeneratedRegex(@"\btoday\b|urgent care|within (a|an|\d)|if it (has not|does not|stays)", RegexOptions.IgnoreCase)]
    private static partial Regex Softer();
}
