using Soleus.Web.Features.Practice;

namespace Soleus.Web.Pages;

/// <summary>The line that says a session starts from a clinician's plan: who set it, on which day in the reader's zone, and how often.</summary>
public sealed record AssignedPlanNote(PlanFromClinician Plan, LocalClock Clock)
{
    /// <summary>The ViewData key under which the questions page hands the note to the plan it shows.</summary>
    public const string Key = "AssignedPlan";

    /// <summary>"3 sessions a week", "1 session a week".</summary>
    public static string Sessions(int sessionsAWeek) => $"{sessionsAWeek} {(sessionsAWeek == 1 ? "session" : "sessions")} a week";
}
