using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Sessions;

/// <summary>
/// The JSON scenarios of tests/scenarios against the domain: each file's timeline is the one the domain builds for its
/// plan, its rules' numbers are the domain's, and SessionEngine, driven by a FakeTimeProvider through each step's
/// command at its clock reading, raises exactly the cues the file names, in order, and ends in its state and active
/// time. The same files run against the browser's player modules under node --test, so the two cannot drift apart.
/// </summary>
public sealed class SessionScenarioTests
{
    private static readonly DateTimeOffset Zero = new(2026, 6, 1, 7, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Files => [.. SessionScenario.Files()];

    [Fact]
    public void Folder_HoldsScenarios() => Assert.True(SessionScenario.Files().Count() >= 5, $"expected scenarios in {SessionScenario.Folder}");

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_TimelineAndRulesAreTheDomains(string file)
    {
        var scenario = SessionScenario.Load(file);
        var built = JsonSerializer.SerializeToNode(Timeline(scenario.Json), ProtocolJson.Options)!;
        var limits = new JsonObject
        {
            ["painRiseThatStops"] = SessionCheckIn.PainRiseThatStops, ["painThatAsks"] = SessionCheckIn.PainThatAsks, ["ratingMin"] = Rating.Min, ["ratingMax"] = Rating.Max,
        };
        if (SessionScenario.Updating)
        {
            (scenario.Json["timeline"], scenario.Json["limits"]) = (built, limits);
            scenario.Save();
        }

        Assert.True(JsonNode.DeepEquals(built, scenario.Json["timeline"]), $"{file}: the timeline differs from the domain's; rerun with SOLEUS_UPDATE_SCENARIOS=1 and review");
        Assert.True(JsonNode.DeepEquals(limits, scenario.Json["limits"]), $"{file}: the rules' numbers differ from the domain's");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_SessionEngineDoesWhatTheStepsSay(string file)
    {
        var scenario = SessionScenario.Load(file);
        var clock = new FakeTimeProvider(Zero);
        using var engine = new SessionEngine(Timeline(scenario.Json), clock);
        var raised = new List<string>();
        engine.CueRaised += (_, e) => raised.Add(SessionScenario.Name(WireNames.Name(e.Cue.Kind), e.Cue.AtSeconds));
        var reading = 0.0;
        foreach (var step in scenario.Json["steps"]!.AsArray().Select(s => s!.AsObject()))
        {
            var at = (double)step["at"]!;
            Assert.True(at >= reading, $"{file}: readings go forward");
            clock.Advance(TimeSpan.FromSeconds(at - reading));
            reading = at;
            var (refused, painCheck) = Do(engine, step, scenario.Json);
            var observed = new JsonObject
            {
                ["state"] = WireNames.Name(engine.State),
                ["active"] = Math.Round(engine.Elapsed().TotalSeconds, 3),
                ["stopReason"] = engine.StopReason is { } reason ? WireNames.Name(reason) : null,
                ["refused"] = refused,
                ["raised"] = new JsonArray([.. raised.Select(r => (JsonNode)r)]),
            };
            if (painCheck is { } check)
            {
                observed["painCheck"] = WireNames.Name(check);
            }

            raised.Clear();
            if (SessionScenario.Updating)
            {
                step["expect"] = observed;
            }

            Assert.True(JsonNode.DeepEquals(step["expect"], observed), $"{file}, {step["do"]} at {at}: expected {step["expect"]!.ToJsonString()}, observed {observed.ToJsonString()}");
        }

        if (SessionScenario.Updating)
        {
            scenario.Save();
        }
    }

    /// <summary>Applies the step's command: whether the engine refused it (a transition its state does not allow), and what a check-in called for.</summary>
    private static (bool Refused, PainCheck? Check) Do(SessionEngine engine, JsonObject step, JsonObject scenario)
    {
        PainCheck? check = null;
        try
        {
            switch ((string?)step["do"])
            {
                case "start": engine.Start(); break;
                case "pause": engine.Pause(); break;
                case "resume": engine.Resume(); break;
                case "stop": engine.Stop(WireNames.Parse<StopReason>((string?)step["reason"]) ?? throw new InvalidDataException("stop needs a reason")); break;
                case "check-in": check = engine.CheckIn((int)scenario["painBefore"]![(string)step["leg"]!]!, (int)step["pain"]!); break;
                case "tick": engine.Tick(); break;
                default: throw new InvalidDataException($"Unknown command '{step["do"]}'.");
            }

            return (false, check);
        }
        catch (InvalidSessionTransitionException)
        {
            return (true, check);
        }
    }

    private static Timeline Timeline(JsonObject scenario)
    {
        var plan = scenario["plan"]!.AsObject();
        var choices = new PlanChoices(
            [.. plan["legs"]!.AsArray().Select(l => (string?)l)],
            [.. plan["equipment"]!.AsArray().Select(e => (string)e!)],
            (int)plan["minutesPerCalf"]!,
            (string?)plan["emphasis"],
            [.. (plan["activities"]?.AsArray() ?? []).Select(a => (string)a!)],
            (string?)plan["position"] ?? "chair",
            (bool?)plan["handsTired"] ?? false);
        var result = Planner.Plan(Plans.Protocol, Plans.Cleared(), choices);
        Assert.True(result.IsPlanned, result.Refusal?.Message);
        return TimelineBuilder.Build(Plans.Protocol, result.Plan);
    }
}
