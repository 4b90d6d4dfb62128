namespace Soleus.Domain.Screening;

/// <summary>
/// What a screening weighs besides today's answers: the stops of earlier sessions and the clearances recorded since.
/// For an account both come from the server; without one, from the browser (<see cref="CarriedStops"/> keeps a
/// browser's clearance from standing for a clinician's).
/// </summary>
public sealed record SafetyHistory(IReadOnlyList<KeptStop> Stops, IReadOnlyList<Clearance> Clearances)
{
    public static SafetyHistory None { get; } = new([], []);

    /// <summary>
    /// The server's history with what a browser sent weighed in: the browser's stops are added, its clearances
    /// ignored, so the browser's copy can make the answer stricter, never looser.
    /// </summary>
    public SafetyHistory WithBrowsers(SafetyHistory browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return this with { Stops = [.. Stops, .. browser.Stops] };
    }
}
