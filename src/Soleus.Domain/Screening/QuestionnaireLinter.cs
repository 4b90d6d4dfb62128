using System.Text.RegularExpressions;
using Soleus.Domain.Progress;
using Soleus.Domain.Protocols;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Screening;

/// <summary>
/// The safety floor of the questionnaire: an edit of the data may make a question stricter, never weaker. Each
/// violation names the rule, the item (question id, verdict, stop reason, …) and the field.
/// </summary>
public static partial class QuestionnaireLinter
{
    /// <summary>Every question Soleus relies on, its scope, and the least serious verdict a yes may bring.</summary>
    public static IReadOnlyDictionary<string, (QuestionScope Scope, Verdict AtLeast)> Floor { get; } =
        new Dictionary<string, (QuestionScope, Verdict)>
        {
            ["breathing-chest-symptoms"] = (QuestionScope.Session, Verdict.Emergency),
            ["one-calf-swelling"] = (QuestionScope.Session, Verdict.Emergency),
            ["calf-red-warm"] = (QuestionScope.Session, Verdict.Emergency),
            ["calf-pain-no-cause"] = (QuestionScope.Session, Verdict.Emergency),
            ["sharp-pain"] = (QuestionScope.Session, Verdict.AvoidArea),
            ["numbness-tingling"] = (QuestionScope.Session, Verdict.ProfessionalFirst),
            ["skin-or-veins"] = (QuestionScope.Session, Verdict.AvoidArea),
            ["pain-persisting"] = (QuestionScope.Session, Verdict.ProfessionalFirst),
            ["one-sided-no-cause"] = (QuestionScope.Session, Verdict.ProfessionalFirst),
            ["blood-thinner-or-clotting-disorder"] = (QuestionScope.Profile, Verdict.ProfessionalFirst),
            ["previous-clot"] = (QuestionScope.Profile, Verdict.ProfessionalFirst),
            ["pad-or-diabetic-neuropathy"] = (QuestionScope.Profile, Verdict.ProfessionalFirst),
            ["pregnant"] = (QuestionScope.Profile, Verdict.ProfessionalFirst),
            ["recent-surgery-or-immobilisation-or-cancer"] = (QuestionScope.Profile, Verdict.ProfessionalFirst),
            ["recovering-calf-strain"] = (QuestionScope.Profile, Verdict.ProfessionalFirst),
        };

    /// <summary>Every referral rule and the least firm severity its advice may have.</summary>
    public static IReadOnlyDictionary<string, ReferralSeverity> ReferralFloor { get; } = new Dictionary<string, ReferralSeverity>
    {
        [ReferralRules.NotBetterId] = ReferralSeverity.SeeProfessional,
        [ReferralRules.OneLegOnlyId] = ReferralSeverity.SeeProfessional,
        [ReferralRules.OneLegNotEasingId] = ReferralSeverity.SeeProfessional,
        [ReferralRules.TwoSafetyStopsId] = ReferralSeverity.ProfessionalFirst,
        [ReferralRules.PainAfterRisingId] = ReferralSeverity.ProfessionalFirst,
    };

    /// <summary>The root-cause questions the app asks after a session.</summary>
    public static IReadOnlyList<string> RootCauseIds { get; } = [RootCauses.CrampsOrFatigue, RootCauses.OngoingStress, RootCauses.HeelPainFirstSteps];

    private static readonly string[] ReservedIds = [Screener.ProfileChangedId, Screener.ProfileMissingId, Screener.ProfileExpiredId];

    public static IReadOnlyList<LintViolation> Lint(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var found = new List<LintViolation>();
        CheckQuestions(questionnaire, found);
        CheckOnePerValue(questionnaire.Verdicts.Select(v => v.Verdict), "verdict-advice", "verdicts", found);
        if (questionnaire.NoLegLeft.Verdict != Verdict.AvoidArea)
        {
            found.Add(new("verdict-advice", "(questionnaire)", "noLegLeft.verdict", "The advice for no leg left belongs to 'avoid-area'."));
        }

        CheckOnePerValue(questionnaire.StopAdvice.Select(a => a.Reason), "stop-advice", "stopAdvice", found);
        if (questionnaire.StopAdvice.Any(a => a.Reason == StopReason.SwellingOrRedness && !a.ShowDvtWarning))
        {
            found.Add(new("stop-advice", "swelling-or-redness", "showDvtWarning", "Swelling or redness during a session must show the DVT warning."));
        }

        foreach (var advice in questionnaire.StopAdvice.Where(a => CarriedStops.Carries(a.Reason) != (a.Carried is not null)))
        {
            found.Add(new("stop-advice", Kebab(advice.Reason.ToString()), "carried", CarriedStops.Carries(advice.Reason)
                ? "A safety stop needs the words later screenings show while it stands."
                : "Only a safety stop carries forward."));
        }

        if (!Questionnaire.EmergencyNumberShape().IsMatch(questionnaire.Emergency.Number))
        {
            found.Add(new("emergency-number", "(questionnaire)", "emergency.number", $"Expected 2 to 6 digits, found '{questionnaire.Emergency.Number}'."));
        }

        if (questionnaire.Profile.ValidMonths is < 1 or > 12)
        {
            found.Add(new("profile-expiry", "(questionnaire)", "profile.validMonths", $"A health profile is valid for 1 to 12 months, found {questionnaire.Profile.ValidMonths}."));
        }

        CheckReferrals(questionnaire, found);
        foreach (var id in RootCauseIds.Where(id => questionnaire.RootCauses.All(g => g.Id != id)))
        {
            found.Add(new("root-causes", id, "id", "This root-cause question is missing."));
        }

        CheckTexts(questionnaire, found);
        CheckClotUrgency(questionnaire, found);
        return found;
    }

    private static void CheckQuestions(Questionnaire questionnaire, List<LintViolation> found)
    {
        foreach (var (id, floor) in Floor)
        {
            var question = questionnaire.Questions.FirstOrDefault(q => q.Id == id);
            if (question is null)
            {
                found.Add(new("question-ids", id, "id", "This question is missing."));
                continue;
            }

            if (question.Scope != floor.Scope)
            {
                found.Add(new("question-scope", id, "scope", $"Expected '{floor.Scope}', found '{question.Scope}'."));
            }

            if (question.VerdictIfYes > floor.AtLeast)
            {
                found.Add(new("verdict-floor", id, "verdictIfYes", $"A yes must bring '{floor.AtLeast}' or more serious, found '{question.VerdictIfYes}'."));
            }
        }

        foreach (var question in questionnaire.Questions)
        {
            if (!IdShape().IsMatch(question.Id) || ReservedIds.Contains(question.Id))
            {
                found.Add(new("question-ids", question.Id, "id", "Expected a kebab-case id that is not reserved for the health profile."));
            }

            if (question.VerdictIfYes == Verdict.Proceed)
            {
                found.Add(new("verdict-floor", question.Id, "verdictIfYes", "A yes must change something; 'proceed' is not a verdict for a question."));
            }

            if (question.Scope == QuestionScope.Profile && question.PerLeg)
            {
                found.Add(new("question-scope", question.Id, "perLeg", "Health-profile questions are asked once, not per leg."));
            }

            if (question.Scope == QuestionScope.Profile && question.VerdictIfYes > Verdict.ProfessionalFirst)
            {
                found.Add(new("verdict-floor", question.Id, "verdictIfYes", "A yes in the health profile must bring 'professional-first' or more serious."));
            }
        }

        foreach (var twice in questionnaire.Questions.GroupBy(q => q.Id).Where(g => g.Count() > 1))
        {
            found.Add(new("question-ids", twice.Key, "id", "This id is used by more than one question."));
        }
    }

    private static void CheckOnePerValue<T>(IEnumerable<T> values, string rule, string field, List<LintViolation> found)
        where T : struct, Enum
    {
        var list = values.ToList();
        foreach (var value in Enum.GetValues<T>().Where(v => list.Count(x => x.Equals(v)) != 1))
        {
            found.Add(new(rule, Kebab(value.ToString()), field, $"Expected exactly one entry for '{Kebab(value.ToString())}', found {list.Count(x => x.Equals(value))}."));
        }
    }

    private static void CheckReferrals(Questionnaire questionnaire, List<LintViolation> found)
    {
        foreach (var (id, floor) in ReferralFloor)
        {
            var advice = questionnaire.Referrals.FirstOrDefault(r => r.Id == id);
            if (advice is null)
            {
                found.Add(new("referrals", id, "id", "This referral rule has no advice."));
            }
            else if (advice.Severity > floor)
            {
                found.Add(new("referrals", id, "severity", $"Expected '{floor}' or firmer, found '{advice.Severity}'."));
            }
        }
    }

    /// <summary>
    /// One urgency for a possible clot: the emergency advice, the message of every question whose yes is an emergency,
    /// the advice and carried words of a stop for swelling or redness, the reminder, the DVT warning, and any other
    /// message that names a clot sign give the clot instruction and nothing softer; the instruction itself names the
    /// emergency number and emergency care. Question texts ask rather than advise, and titles head a message, so
    /// neither is a message here.
    /// </summary>
    private static void CheckClotUrgency(Questionnaire questionnaire, List<LintViolation> found)
    {
        if (ClotUrgency.InstructionProblem(questionnaire.Emergency.ClotInstruction, Questionnaire.EmergencyNumberPlaceholder) is { } wrong)
        {
            found.Add(new("clot-urgency", "(questionnaire)", "emergency.clotInstruction", wrong));
        }

        var emergencyQuestions = questionnaire.Questions.Where(q => q.VerdictIfYes == Verdict.Emergency).Select(q => q.Id).ToHashSet();
        foreach (var (item, field, text, _) in Texts(questionnaire))
        {
            var asks = field is "question" or "profile.changedQuestion" || (field == "text" && questionnaire.Questions.Any(q => q.Id == item))
                || field.EndsWith("title", StringComparison.OrdinalIgnoreCase);
            var listed = (item == "emergency" && field == "text")
                || (emergencyQuestions.Contains(item) && field == "message")
                || (item == "swelling-or-redness" && field is "text" or "carried")
                || field is "reminder" or "dvtWarning";
            var mustGive = listed || (!asks && field != "emergency.clotInstruction" && ClotUrgency.NamesClotSign(text));
            if (mustGive && ClotUrgency.Problem(text) is { } problem)
            {
                found.Add(new("clot-urgency", item, field, problem));
            }
        }
    }

    /// <summary>Every text is non-empty and uses only the placeholders it may: the emergency number anywhere, the leg in referrals.</summary>
    private static void CheckTexts(Questionnaire questionnaire, List<LintViolation> found)
    {
        foreach (var (item, field, text, legAllowed) in Texts(questionnaire))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                found.Add(new("texts", item, field, "The text is empty."));
                continue;
            }

            foreach (Match placeholder in PlaceholderShape().Matches(text))
            {
                var ok = placeholder.Value == Questionnaire.EmergencyNumberPlaceholder
                    || (placeholder.Value == ClotUrgency.Placeholder && field != "emergency.clotInstruction")
                    || (legAllowed && placeholder.Value == Questionnaire.LegPlaceholder);
                if (!ok)
                {
                    found.Add(new("texts", item, field, $"Unknown placeholder '{placeholder.Value}'."));
                }
            }
        }
    }

    private static IEnumerable<(string Item, string Field, string Text, bool LegAllowed)> Texts(Questionnaire q)
    {
        yield return ("(questionnaire)", "title", q.Title, false);
        yield return ("(questionnaire)", "introduction", q.Introduction, false);
        yield return ("(questionnaire)", "dvtWarning", q.DvtWarning, false);
        yield return ("(questionnaire)", "emergency.note", q.Emergency.Note, false);
        yield return ("(questionnaire)", "emergency.clotInstruction", q.Emergency.ClotInstruction, false);
        yield return ("(questionnaire)", "reminder", q.Reminder, false);
        yield return ("(questionnaire)", "notes.notSure", q.Notes.NotSure, false);
        yield return ("(questionnaire)", "notes.unanswered", q.Notes.Unanswered, false);
        yield return ("(questionnaire)", "profile.changedQuestion", q.Profile.ChangedQuestion, false);
        yield return ("(questionnaire)", "profile.missingMessage", q.Profile.MissingMessage, false);
        yield return ("(questionnaire)", "profile.expiredMessage", q.Profile.ExpiredMessage, false);
        yield return ("(questionnaire)", "profile.changedMessage", q.Profile.ChangedMessage, false);
        foreach (var v in q.Verdicts)
        {
            yield return (Kebab(v.Verdict.ToString()), "title", v.Title, false);
            yield return (Kebab(v.Verdict.ToString()), "text", v.Text, false);
        }

        yield return ("(questionnaire)", "noLegLeft.title", q.NoLegLeft.Title, false);
        yield return ("(questionnaire)", "noLegLeft.text", q.NoLegLeft.Text, false);
        foreach (var question in q.Questions)
        {
            yield return (question.Id, "text", question.Text, false);
            yield return (question.Id, "message", question.Message, false);
        }

        foreach (var a in q.StopAdvice)
        {
            yield return (Kebab(a.Reason.ToString()), "title", a.Title, false);
            yield return (Kebab(a.Reason.ToString()), "text", a.Text, false);
            if (a.Carried is { } carried)
            {
                yield return (Kebab(a.Reason.ToString()), "carried", carried, false);
            }
        }

        foreach (var r in q.Referrals)
        {
            yield return (r.Id, "message", r.Message, true);
        }

        foreach (var g in q.RootCauses)
        {
            yield return (g.Id, "question", g.Question, false);
            yield return (g.Id, "title", g.Title, false);
            yield return (g.Id, "text", g.Text, false);
        }
    }

    private static string Kebab(string name) => KebabBoundary().Replace(name, "$1-$2").ToLowerInvariant();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdShape();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PlaceholderShape();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex KebabBoundary();
}
