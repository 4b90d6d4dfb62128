using System.Text.RegularExpressions;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;

namespace Soleus.Domain.Screening;

/// <summary>
/// The safety document (<c>protocols/screening.json</c>) as data: the screening questions and what a yes brings, the
/// words for each verdict (and for an avoid-area verdict that leaves no leg, <see cref="NoLegLeft"/>), the advice for
/// each way a session can stop, the referral messages, the root-cause guidance, the emergency number and the one
/// instruction for a possible clot, and the safety reminder every page shows (<see cref="Reminder"/>). The DVT warning
/// is not copied here: <see cref="QuestionnaireLoader"/> takes it from the protocol, so the words stand in one place.
/// Texts may hold <c>{clotInstruction}</c> and <c>{emergencyNumber}</c> (and, in referral messages, <c>{leg}</c>);
/// <see cref="Render"/> fills them in, and renders the protocol's texts the same way.
/// </summary>
public sealed partial record Questionnaire(
    string Id,
    string Version,
    string Title,
    string Introduction,
    EmergencyContact Emergency,
    AnswerNotes Notes,
    string Reminder,
    ProfileRules Profile,
    IReadOnlyList<VerdictAdvice> Verdicts,
    VerdictAdvice NoLegLeft,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<StopAdvice> StopAdvice,
    IReadOnlyList<ReferralAdvice> Referrals,
    IReadOnlyList<RootCauseGuidance> RootCauses)
{
    public const string EmergencyNumberPlaceholder = "{emergencyNumber}";

    public const string LegPlaceholder = "{leg}";

    private string _dvtWarning = "";

    /// <summary>The protocol's DVT warning, set by <see cref="QuestionnaireLoader"/>; shown with every emergency result.</summary>
    public string DvtWarning => _dvtWarning;

    public IEnumerable<Question> SessionQuestions => Questions.Where(q => q.Scope == QuestionScope.Session);

    public IEnumerable<Question> ProfileQuestions => Questions.Where(q => q.Scope == QuestionScope.Profile);

    public Question Question(string id) =>
        Questions.FirstOrDefault(q => q.Id == id) ?? throw new KeyNotFoundException($"The questionnaire has no question '{id}'.");

    public VerdictAdvice Advice(Verdict verdict) =>
        Verdicts.FirstOrDefault(v => v.Verdict == verdict) ?? throw new KeyNotFoundException($"The questionnaire has no advice for '{verdict}'.");

    public ReferralAdvice Referral(string ruleId) =>
        Referrals.FirstOrDefault(r => r.Id == ruleId) ?? throw new KeyNotFoundException($"The questionnaire has no referral '{ruleId}'.");

    /// <summary>The text with the clot instruction, the emergency number (and the leg, when given) in place of their placeholders.</summary>
    public string Render(string text, Leg? leg = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var filled = text.Replace(ClotUrgency.Placeholder, Emergency.ClotInstruction, StringComparison.Ordinal)
            .Replace(EmergencyNumberPlaceholder, Emergency.Number, StringComparison.Ordinal);
        return leg is { } l ? filled.Replace(LegPlaceholder, l.ToString().ToLowerInvariant(), StringComparison.Ordinal) : filled;
    }

    /// <summary>The same questionnaire carrying the given DVT warning (the protocol's).</summary>
    internal Questionnaire WithDvtWarning(string dvtWarning) => this with { _dvtWarning = dvtWarning };

    /// <summary>The same questionnaire with the host's local emergency number (digits only, 2 to 6 of them).</summary>
    public Questionnaire WithEmergencyNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (!EmergencyNumberShape().IsMatch(number))
        {
            throw new ArgumentException($"An emergency number is 2 to 6 digits, found '{number}'.", nameof(number));
        }

        return this with { Emergency = Emergency with { Number = number } };
    }

    [GeneratedRegex("^[0-9]{2,6}$")]
    internal static partial Regex EmergencyNumberShape();
}
