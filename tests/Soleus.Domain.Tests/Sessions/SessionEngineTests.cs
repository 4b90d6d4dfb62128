using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Sessions;

public class SessionEngineTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 7, 30, 0, TimeSpan.Zero);

    /// <summary>Ten minutes per calf, both calves, hands only: every cue falls on a whole second.</summary>
    private static Timeline TenMinutes() =>
        TimelineBuilder.Build(Plans.Protocol, Plans.Make(Plans.Request(10, Emphasis.Gastrocnemius)));

    /// <summary>Runs the engine, recording each cue with the active time at which it was raised.</summary>
    private static (SessionEngine Engine, FakeTimeProvider Clock, List<(Cue Cue, TimeSpan Lateness)> Raised) Run(Timeline timeline)
    {
        var clock = new FakeTimeProvider(Start);
        var engine = new SessionEngine(timeline, clock);
        var raised = new List<(Cue, TimeSpan)>();
        engine.CueRaised += (_, e) => raised.Add((e.Cue, e.Lateness));
        return (engine, clock, raised);
    }

    [Fact]
    public void Run_TenMinutePlanWithPauses_EveryCueOnceInOrderAtItsExactOffset()
    {
        var timeline = TenMinutes();
        Assert.InRange(timeline.TotalSeconds, 1000, 1200);
        var (engine, clock, raised) = Run(timeline);

        engine.Start();
        var pauses = 0;
        for (var second = 1; second <= 1200; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            if (second % 97 == 0 && engine.State == SessionState.Running)
            {
                engine.Pause();
                clock.Advance(TimeSpan.FromSeconds(41.3));
                engine.Resume();
                pauses++;
            }
        }

        Assert.True(pauses >= 6);
        Assert.Equal(SessionState.Completed, engine.State);
        Assert.Equal(timeline.Cues, raised.Select(r => r.Cue));
        Assert.All(raised, r => Assert.Equal(TimeSpan.Zero, r.Lateness));
        Assert.Equal(TimeSpan.FromSeconds(timeline.TotalSeconds), engine.Elapsed());
    }

    [Fact]
    public void Pause_ClockMovesOn_NoCueRaisedUntilResumed()
    {
        var (engine, clock, raised) = Run(TenMinutes());
        engine.Start();
        clock.Advance(TimeSpan.FromSeconds(30));
        var before = raised.Count;

        engine.Pause();
        clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(before, raised.Count);
        Assert.Equal(TimeSpan.FromSeconds(30), engine.Elapsed());
        engine.Resume();
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(raised.Count > before);
        Assert.Equal(TimeSpan.FromSeconds(60), engine.Elapsed());
    }

    [Fact]
    public void Tick_ClockJumpsAhead_LateCuesRaisedOnceInOrderWithTheirLateness()
    {
        var timeline = TenMinutes();
        var (engine, clock, raised) = Run(timeline);
        engine.Start();

        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(timeline.Cues, raised.Select(r => r.Cue));
        Assert.Equal(SessionState.Completed, engine.State);
    }

    [Theory]
    [InlineData(StopReason.SharpPain)]
    [InlineData(StopReason.Numbness)]
    [InlineData(StopReason.PainWorsening)]
    [InlineData(StopReason.SwellingOrRedness)]
    [InlineData(StopReason.StoppedForNow)]
    public void Stop_Running_EndsAtOnceKeepingTheReason(StopReason reason)
    {
        var (engine, clock, raised) = Run(TenMinutes());
        engine.Start();
        clock.Advance(TimeSpan.FromSeconds(75));
        var count = raised.Count;

        engine.Stop(reason);
        clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(SessionState.Stopped, engine.State);
        Assert.Equal(reason, engine.StopReason);
        Assert.Equal(count, raised.Count);
        Assert.Equal(Start.AddSeconds(75), engine.Snapshot().EndedAt);
    }

    [Fact]
    public void Stop_WhilePaused_EndsWithTheActiveTimeAtThePause()
    {
        var (engine, clock, _) = Run(TenMinutes());
        engine.Start();
        clock.Advance(TimeSpan.FromSeconds(40));
        engine.Pause();
        clock.Advance(TimeSpan.FromSeconds(100));

        engine.Stop(StopReason.Numbness);

        Assert.Equal(TimeSpan.FromSeconds(40), engine.Elapsed());
    }

    [Theory]
    [InlineData(3, 5, PainCheck.Stop)]
    [InlineData(3, 9, PainCheck.Stop)]
    [InlineData(3, 4, PainCheck.AskToStop)]
    [InlineData(8, 8, PainCheck.AskToStop)]
    [InlineData(6, 2, PainCheck.GoOn)]
    public void CheckIn_PainTwoPointsAboveBefore_StopsForWorseningPain_OtherwiseRunsOnWhileAsking(int before, int now, PainCheck expected)
    {
        var (engine, clock, _) = Run(TenMinutes());
        engine.Start();
        clock.Advance(TimeSpan.FromSeconds(50));

        var check = engine.CheckIn(before, now);

        Assert.Equal(expected, check);
        Assert.Equal(expected == PainCheck.Stop ? SessionState.Stopped : SessionState.Running, engine.State);
        Assert.Equal(expected == PainCheck.Stop ? StopReason.PainWorsening : null, engine.StopReason);
    }

    public static TheoryData<SessionState, string> InvalidCommands() => new()
    {
        { SessionState.NotStarted, "pause" }, { SessionState.NotStarted, "resume" }, { SessionState.NotStarted, "stop" },
        { SessionState.Running, "start" }, { SessionState.Running, "resume" },
        { SessionState.Paused, "start" }, { SessionState.Paused, "pause" },
        { SessionState.Stopped, "start" }, { SessionState.Stopped, "pause" }, { SessionState.Stopped, "resume" }, { SessionState.Stopped, "stop" },
        { SessionState.Completed, "start" }, { SessionState.Completed, "pause" }, { SessionState.Completed, "resume" }, { SessionState.Completed, "stop" },
    };

    [Theory]
    [MemberData(nameof(InvalidCommands))]
    public void Command_NotAllowedInState_RefusedTheSameWayWithoutChange(SessionState state, string command)
    {
        var (engine, clock, _) = Run(TenMinutes());
        Reach(engine, clock, state);
        var before = engine.Snapshot();

        var refused = Assert.Throws<InvalidSessionTransitionException>(() => Send(engine, command));

        Assert.Equal(state, refused.State);
        Assert.Equal(before, engine.Snapshot());
    }

    [Fact]
    public void Snapshot_RestoredInANewEngine_CarriesOnWithTheNextCueAndNoRepeats()
    {
        var timeline = TenMinutes();
        var (engine, clock, raised) = Run(timeline);
        engine.Start();
        clock.Advance(TimeSpan.FromSeconds(100));
        engine.Pause();
        var json = JsonSerializer.Serialize(engine.Snapshot(), ProtocolJson.Options);
        engine.Dispose();

        var restored = new SessionEngine(timeline, clock, JsonSerializer.Deserialize<SessionSnapshot>(json, ProtocolJson.Options));
        restored.CueRaised += (_, e) => raised.Add((e.Cue, e.Lateness));
        clock.Advance(TimeSpan.FromSeconds(300));
        restored.Resume();
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(timeline.Cues, raised.Select(r => r.Cue));
        Assert.Equal(SessionState.Completed, restored.State);
    }

    private static void Reach(SessionEngine engine, FakeTimeProvider clock, SessionState state)
    {
        if (state == SessionState.NotStarted)
        {
            return;
        }

        engine.Start();
        clock.Advance(TimeSpan.FromSeconds(5));
        switch (state)
        {
            case SessionState.Paused:
                engine.Pause();
                break;
            case SessionState.Stopped:
                engine.Stop(StopReason.StoppedForNow);
                break;
            case SessionState.Completed:
                clock.Advance(TimeSpan.FromHours(1));
                break;
        }

        Assert.Equal(state, engine.State);
    }

    private static void Send(SessionEngine engine, string command)
    {
        switch (command)
        {
            case "start": engine.Start(); break;
            case "pause": engine.Pause(); break;
            case "resume": engine.Resume(); break;
            default: engine.Stop(StopReason.StoppedForNow); break;
        }
    }
}
