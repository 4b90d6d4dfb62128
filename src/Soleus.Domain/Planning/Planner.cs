using Soleus.Domain.Checks;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Planning;

/// <summary>
/// Builds a session plan from a screening result and a request. It plans nothing unless the screening allows a
/// session, never skips a layer, keeps every duration inside the protocol's range, and fills the minutes asked per
/// calf, get-ready pauses included, without going over them. Every tool to hand is used or named in a note that says
/// why not. A clinician's clearance that lifted a reason limits the tools and minutes (<see cref="ClearanceLimits"/>).
/// The same input always gives the same plan.
/// </summary>
public static class Planner
{
    /// <summary>
    /// Plans from the choices as sent: the screening gate first (what was chosen does not matter when no session is
    /// allowed), then the choices read by their rule book, then the plan.
    /// </summary>
    public static PlanResult Plan(Protocol protocol, ScreeningResult screening, PlanChoices choices)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(choices);
        if (!screening.AllowsSession)
        {
            return Refused(screening);
        }

        var request = choices.Read(protocol);
        return request.IsValid ? Plan(protocol, screening, request.Value) : Refuse(PlanRefusalKind.InvalidRequest, request.Problems[0].Message, request.Problems);
    }

    public static PlanResult Plan(Protocol protocol, ScreeningResult screening, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(screening);
        if (!screening.AllowsSession)
        {
            return Refused(screening);
        }

        ArgumentNullException.ThrowIfNull(request);
        if (request.Problems(protocol) is { Count: > 0 } problems)
        {
            return Refuse(PlanRefusalKind.InvalidRequest, problems[0].Message, problems);
        }

        var limited = new List<string>();
        request = ClearanceLimits.Apply(protocol, screening, request, limited);
        if (PlanRequest.MinutesAllowed(protocol).Min is var shortest && request.MinutesPerCalf < shortest)
        {
            var message = $"A clearance caps each calf at {request.MinutesPerCalf} minutes, less than the method's shortest session of {shortest}: ask the clinician who cleared you about a longer cap.";
            return Refuse(PlanRefusalKind.Screening, message, [new("minutesPerCalf", message)], screening.Verdict);
        }

        var legs = Enum.GetValues<Leg>().Where(l => request.Legs.Contains(l) && screening.LegsCleared.Contains(l)).ToList();
        if (legs.Count == 0)
        {
            const string message = "The screening leaves none of the legs you asked for to massage: choose a leg it cleared.";
            return Refuse(PlanRefusalKind.Screening, message, [new("legs", message)], screening.Verdict);
        }

        var emphasis = EmphasisOf(protocol, request);

        var notes = screening.Reasons.Where(r => r.Leg is { } leg && !legs.Contains(leg) && request.Legs.Contains(leg))
            .Select(r => $"The {r.Leg.ToString()!.ToLowerInvariant()} leg is left out: {r.Message}")
            .Concat(limited)
            .ToList();

        // PlanRequest.Problems has kept the minutes inside PlanRequest.MinutesAllowed, so the four layers fit.
        var budget = request.MinutesPerCalf * 60;
        var chosen = protocol.Steps.Where(s => s.Layer is not null).ToDictionary(s => s.Id, s => StepShapes.For(s)[0]);
        var spent = CalfSeconds(protocol, chosen);
        var extras = Extras(protocol, request, emphasis);
        foreach (var extra in extras)
        {
            var with = new Dictionary<string, StepShape>(chosen) { [extra.Id] = StepShapes.For(extra)[0] };
            var cost = CalfSeconds(protocol, with) - spent;
            if (spent + cost <= budget)
            {
                chosen = with;
                spent += cost;
            }
            else
            {
                notes.Add($"The {Names.InSentence(extra.Name)} step is left out: with its pause to get ready it takes {cost} s, and {budget - spent} s of the {request.MinutesPerCalf} minutes asked are left.");
            }
        }

        notes.AddRange(Unwanted(protocol, request, emphasis, extras));
        var order = InSessionOrder(protocol, chosen);
        var left = Grow(order, chosen, budget - spent);
        if (left >= 60)
        {
            var (minutes, seconds) = Math.DivRem(budget - left, 60);
            notes.Add($"Each calf takes {minutes} min {seconds} s with its pauses, less than the {request.MinutesPerCalf} minutes asked: its steps are already as long as the method allows.");
        }

        var steps = legs.SelectMany(leg => order.Select((s, i) => new PlannedStep(s.Id, leg, chosen[s.Id], GetReady.Seconds(s, opensCalf: i == 0)))).ToList();
        var equipment = protocol.Preparation.Equipment.Select(e => e.Id)
            .Where(id => request.Equipment.Contains(id) && (order.Any(s => s.Tool == id) || !protocol.Steps.Any(s => s.Tool == id)))
            .ToList();
        return PlanResult.Planned(new Plan(protocol.Id, protocol.Version, legs, emphasis, request.Position, equipment, steps, notes));
    }

    /// <summary>
    /// What a calf takes with these steps in these shapes, as the timeline lays them out: each step's seconds and the
    /// pause to get ready before it, the first step's pause allowing for the switch of legs.
    /// </summary>
    internal static int CalfSeconds(Protocol protocol, IReadOnlyDictionary<string, StepShape> shapes) =>
        InSessionOrder(protocol, shapes).Select((s, i) => shapes[s.Id].Seconds + GetReady.Seconds(s, opensCalf: i == 0)).Sum();

    private static List<ProtocolStep> InSessionOrder(Protocol protocol, IReadOnlyDictionary<string, StepShape> shapes) =>
        [.. protocol.Steps.Where(s => shapes.ContainsKey(s.Id)).OrderBy(SessionOrder)];

    /// <summary>Where a step goes in a session: a massage gun warms up first, then the layers, then the other steps.</summary>
    private static int SessionOrder(ProtocolStep step) => step switch
    {
        { Stroke: StrokeKind.Vibrate } => 0,
        { Layer: { } layer } => layer,
        { Role: StepRole.Tool } => 10,
        _ => 20,
    };

    /// <summary>
    /// The steps beyond the four layers that the request calls for, most wanted first: the opposite-knee press for
    /// tired hands; every tool to hand that reaches the favoured muscle (the muscle's own list, best first), or else
    /// the first way on that list that needs nothing to hand; the massage gun when it is to hand.
    /// </summary>
    private static List<ProtocolStep> Extras(Protocol protocol, PlanRequest request, Emphasis emphasis)
    {
        var tools = new List<string>();
        if (request.HandsTired)
        {
            tools.Add("opposite-knee");
        }

        var reaching = ToolSteps(protocol, Muscle(protocol, emphasis).ReachedBy).ToList();
        var toHand = reaching.Where(request.Equipment.Contains).ToList();
        tools.AddRange(toHand.Count > 0 ? toHand : reaching.Where(t => !protocol.Preparation.Equipment.Any(e => e.Id == t)).Take(1));
        if (request.Equipment.Contains("massage-gun"))
        {
            tools.Add("massage-gun");
        }

        return [.. tools.Distinct().Select(t => protocol.Steps.First(s => s.Layer is null && s.Tool == t))];
    }

    /// <summary>
    /// One sentence for each tool to hand that has a step of its own but is not wanted in this plan, because the
    /// favoured muscle's list of what reaches it does not name it.
    /// </summary>
    private static IEnumerable<string> Unwanted(Protocol protocol, PlanRequest request, Emphasis emphasis, List<ProtocolStep> extras)
    {
        var muscle = Muscle(protocol, emphasis);
        var best = Names.Either(muscle.ReachedBy.Select(t => Names.InSentence(protocol.Preparation.Equipment.FirstOrDefault(e => e.Id == t)?.Name ?? protocol.Steps.First(s => s.Tool == t).Name)));
        return protocol.Preparation.Equipment
            .Where(e => request.Equipment.Contains(e.Id) && ToolSteps(protocol, [e.Id]).Any() && !extras.Any(s => s.Tool == e.Id))
            .Select(e => $"Your {Names.InSentence(e.Name)} is left out: this plan favours the {Names.InSentence(muscle.Name)}, which {best} reach best.");
    }

    /// <summary>The tools of the list that have a step of their own beyond the four layers, in the list's order.</summary>
    private static IEnumerable<string> ToolSteps(Protocol protocol, IEnumerable<string> tools) =>
        tools.Where(t => protocol.Steps.Any(s => s.Layer is null && s.Tool == t));

    private static Muscle Muscle(Protocol protocol, Emphasis emphasis) => protocol.Muscles.Single(m => m.Id == WireNames.Name(emphasis));

    /// <summary>
    /// Spends the spare seconds: round after round, each step in session order moves to its next longer shape when
    /// that still fits, until no step can grow. Returns the seconds left over.
    /// </summary>
    private static int Grow(IReadOnlyList<ProtocolStep> order, Dictionary<string, StepShape> chosen, int spare)
    {
        var shapes = order.ToDictionary(s => s.Id, StepShapes.For);
        bool grew;
        do
        {
            grew = false;
            foreach (var step in order)
            {
                var current = chosen[step.Id];
                var next = shapes[step.Id].FirstOrDefault(s => s.Seconds > current.Seconds);
                if (next is not null && next.Seconds - current.Seconds <= spare)
                {
                    spare -= next.Seconds - current.Seconds;
                    chosen[step.Id] = next;
                    grew = true;
                }
            }
        }
        while (grew);

        return spare;
    }

    /// <summary>The emphasis asked for, or for auto the muscle most of the activities tire (soleus on a tie).</summary>
    private static Emphasis EmphasisOf(Protocol protocol, PlanRequest request)
    {
        if (request.Emphasis != Emphasis.Auto)
        {
            return request.Emphasis;
        }

        // PlanRequest.Problems has made sure that auto comes with at least one known activity.
        var soleus = request.Activities.Count(Muscle(protocol, Emphasis.Soleus).Activities.Contains);
        var gastrocnemius = request.Activities.Count(Muscle(protocol, Emphasis.Gastrocnemius).Activities.Contains);
        return soleus >= gastrocnemius ? Emphasis.Soleus : Emphasis.Gastrocnemius;
    }

    private static PlanResult Refused(ScreeningResult screening) =>
        Refuse(PlanRefusalKind.Screening, $"Soleus plans no session after this screening (verdict: {WireNames.Name(screening.Verdict)}).", verdict: screening.Verdict);

    private static PlanResult Refuse(PlanRefusalKind kind, string message, IReadOnlyList<FieldProblem>? problems = null, Verdict? verdict = null) =>
        PlanResult.Refused(new PlanRefusal(kind, message, problems ?? [], verdict));
}
