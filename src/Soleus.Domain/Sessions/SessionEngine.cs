using Soleus.Domain.Planning;
using Soleus.Domain.Screening;

namespace Soleus.Domain.Sessions;

/// <summary>
/// Plays a timeline against a clock. Each cue is raised once, in order, when the session's active time (time since
/// the start less time spent paused) reaches the cue's offset. Times always come from clock readings against the
/// start, never from adding up delays, so a long session does not drift. All commands go through one transition
/// function; a command the state does not allow is refused with <see cref="InvalidSessionTransitionException"/>.
/// </summary>
public sealed class SessionEngine : IDisposable
{
    private readonly Timeline timeline;
    private readonly TimeProvider time;
    private readonly ITimer timer;
    private readonly Lock gate = new();
    private SessionSnapshot state;

    public SessionEngine(Timeline timeline, TimeProvider time, SessionSnapshot? resumeFrom = null)
    {
        this.timeline = timeline;
        this.time = time;
        state = resumeFrom ?? SessionSnapshot.New;
        timer = time.CreateTimer(_ => Tick(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (state.State == SessionState.Running)
        {
            Tick();
        }
    }

    /// <summary>Raised for each cue, on the thread that noticed it was due.</summary>
    public event EventHandler<CueRaisedEventArgs>? CueRaised;

    public SessionState State => Snapshot().State;

    public StopReason? StopReason => Snapshot().StopReason;

    public SessionSnapshot Snapshot()
    {
        lock (gate)
        {
            return state;
        }
    }

    /// <summary>Active time: since the start, less the time spent paused, frozen once the session ends.</summary>
    public TimeSpan Elapsed()
    {
        lock (gate)
        {
            return ElapsedAt(state, time.GetUtcNow());
        }
    }

    public void Start() => Apply(SessionCommand.Start);

    public void Pause() => Apply(SessionCommand.Pause);

    public void Resume() => Apply(SessionCommand.Resume);

    /// <summary>Ends the session at once; a safety reason is kept with it.</summary>
    public void Stop(StopReason reason) => Apply(SessionCommand.Stop, reason);

    /// <summary>
    /// A pain rating given during the session (<see cref="SessionCheckIn.Check"/>). When it calls for a stop, the
    /// session stops at once for worsening pain; asking whether to stop is the caller's, and the session runs on meanwhile.
    /// </summary>
    public PainCheck CheckIn(int painBefore, int painNow)
    {
        var check = SessionCheckIn.Check(painBefore, painNow);
        if (check == PainCheck.Stop)
        {
            Stop(Sessions.StopReason.PainWorsening);
        }

        return check;
    }

    /// <summary>Raises every cue that is due now and schedules the next; also called by the engine's own timer.</summary>
    public void Tick()
    {
        var raised = new List<CueRaisedEventArgs>();
        lock (gate)
        {
            if (state.State != SessionState.Running)
            {
                return;
            }

            var elapsed = ElapsedAt(state, time.GetUtcNow());
            var next = state.NextCue;
            while (next < timeline.Cues.Count && timeline.Cues[next].AtSeconds <= elapsed.TotalSeconds)
            {
                var cue = timeline.Cues[next++];
                raised.Add(new(cue, elapsed - TimeSpan.FromSeconds(cue.AtSeconds)));
            }

            state = state with { NextCue = next };
            if (next == timeline.Cues.Count)
            {
                Transition(SessionCommand.Complete, null);
            }

            Schedule();
        }

        foreach (var cue in raised)
        {
            CueRaised?.Invoke(this, cue);
        }
    }

    public void Dispose() => timer.Dispose();

    private void Apply(SessionCommand command, StopReason? reason = null)
    {
        lock (gate)
        {
            Transition(command, reason);
            Schedule();
        }

        if (command is SessionCommand.Start or SessionCommand.Resume)
        {
            Tick();
        }
    }

    private void Transition(SessionCommand command, StopReason? reason)
    {
        var now = time.GetUtcNow();
        state = (state.State, command) switch
        {
            (SessionState.NotStarted, SessionCommand.Start) => state with { State = SessionState.Running, StartedAt = now },
            (SessionState.Running, SessionCommand.Pause) => state with { State = SessionState.Paused, PausedAt = now },
            (SessionState.Paused, SessionCommand.Resume) => state with
            {
                State = SessionState.Running,
                PausedTotal = state.PausedTotal + (now - state.PausedAt!.Value),
                PausedAt = null,
            },
            (SessionState.Running or SessionState.Paused, SessionCommand.Stop) => state with { State = SessionState.Stopped, EndedAt = now, StopReason = reason },
            (SessionState.Running, SessionCommand.Complete) => state with { State = SessionState.Completed, EndedAt = now },
            _ => throw new InvalidSessionTransitionException(state.State, command),
        };
    }

    private void Schedule()
    {
        var due = state.State == SessionState.Running && state.NextCue < timeline.Cues.Count
            ? TimeSpan.FromSeconds(timeline.Cues[state.NextCue].AtSeconds) - ElapsedAt(state, time.GetUtcNow())
            : Timeout.InfiniteTimeSpan;
        timer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A paused session's time stops at the pause, an ended one's at its end.</summary>
    private static TimeSpan ElapsedAt(SessionSnapshot s, DateTimeOffset now) => s.StartedAt is not { } started
        ? TimeSpan.Zero
        : (s.PausedAt ?? s.EndedAt ?? now) - started - s.PausedTotal;
}
