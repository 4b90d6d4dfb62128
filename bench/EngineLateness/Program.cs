// Plays a whole plan on the real clock through the session engine and reports how late each cue was raised
// against its scheduled offset. Usage: dotnet run -c Release --project bench/EngineLateness [-- minutesPerCalf [pauseEverySeconds]]
using System.Globalization;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;
using Soleus.Domain.Screening;
using Soleus.Domain.Sessions;

var minutes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 6;
var pauseEvery = args.Length > 1 ? TimeSpan.FromSeconds(int.Parse(args[1], CultureInfo.InvariantCulture)) : TimeSpan.FromSeconds(97);

Protocol protocol;
Questionnaire questionnaire;
using (var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "protocols", "four-layer-method.json")))
{
    protocol = ProtocolLoader.Load(file, "four-layer-method.json");
}

using (var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "protocols", "screening.json")))
{
    questionnaire = QuestionnaireLoader.Load(file, "screening.json", protocol);
}

var clock = TimeProvider.System;
var answers = questionnaire.SessionQuestions.Aggregate(ScreeningAnswers.None.With(Screener.ProfileChangedId, Answer.No), (a, q) =>
    q.PerLeg ? a.With(q.Id, Leg.Left, Answer.No).With(q.Id, Leg.Right, Answer.No) : a.With(q.Id, Answer.No));
var profile = new HealthProfile(questionnaire.ProfileQuestions.ToDictionary(q => q.Id, _ => Answer.No), clock.GetUtcNow());
var screening = Screener.Screen(questionnaire, answers, [Leg.Left, Leg.Right], profile, clock.GetUtcNow());
var plan = Planner.Plan(protocol, screening, new PlanRequest([Leg.Left, Leg.Right], ["hands"], minutes, Emphasis.Gastrocnemius, [])).Plan!;
var timeline = TimelineBuilder.Build(protocol, plan);

var lateness = new List<double>();
var done = new TaskCompletionSource();
using var engine = new SessionEngine(timeline, clock);
engine.CueRaised += (_, e) =>
{
    lock (lateness)
    {
        lateness.Add(e.Lateness.TotalMilliseconds);
    }

    if (e.Cue.Kind == CueKind.End)
    {
        done.TrySetResult();
    }
};

Console.WriteLine($"Playing {timeline.Cues.Count} cues over {timeline.TotalSeconds:0} s of session time, pausing 3 s every {pauseEvery.TotalSeconds:0} s…");
engine.Start();
using var pauser = new PeriodicTimer(pauseEvery, clock);
var pausing = Task.Run(async () =>
{
    while (await pauser.WaitForNextTickAsync() && engine.State == SessionState.Running)
    {
        engine.Pause();
        await Task.Delay(TimeSpan.FromSeconds(3), clock);
        engine.Resume();
    }
});
await done.Task;
pauser.Dispose();

lateness.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"cues raised: {lateness.Count} of {timeline.Cues.Count}; lateness ms: median {lateness[lateness.Count / 2]:0.00}, p99 {lateness[(int)(lateness.Count * 0.99)]:0.00}, max {lateness[^1]:0.00}, min {lateness[0]:0.00}"));
