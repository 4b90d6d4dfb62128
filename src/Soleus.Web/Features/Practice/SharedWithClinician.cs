namespace Soleus.Web.Features.Practice;

/// <summary>
/// What a linked clinician sees of a person (and the plan they may set), said once: the consent page lists these lines before the person agrees,
/// and the clinician's view shows these parts and nothing else (the printable summary's, over its period).
/// </summary>
public static class SharedWithClinician
{
    public static IReadOnlyList<string> Shown { get; } =
    [
        "Your email address, and when you linked.",
        "How many sessions you did each week.",
        "How tight and how sore each calf was before and after each session (0 to 10), and how that changes over time.",
        "Your health questions answered yes or not sure, and when your health answers were given.",
        "Screenings that stopped or limited a session, with the answers that did, and sessions you stopped for a safety reason.",
        "The advice Soleus gives you to see a professional, and why.",
        "The tender spots you marked on your calves.",
        "The notes you wrote after sessions.",
        "The plan they may set for you (which calves, what to use, how long, how many sessions a week), which your sessions then start from after the safety questions, and your sessions against it. You can change a session on the day.",
        "A copy of your sessions, ratings and those screenings that they can download into their practice's records (as FHIR, a format health records use).",
        "All of this includes what you recorded before linking.",
    ];

    public static IReadOnlyList<string> NotShown { get; } =
    [
        "Your password, passkeys, sign-ins and time zone.",
        "Anything at all once you or they unlink.",
    ];
}
