using System.Collections.Concurrent;
using Soleus.Domain.Planning;
using Soleus.Domain.Protocols;

namespace Soleus.Web.Features.Planning;

/// <summary>
/// The timelines of the plans made so far. The same steps (step, leg, get-ready pause and shape each) always expand
/// into the same timeline, which is immutable data, so each is built once and shared by every request that plans it.
/// At most <see cref="Capacity"/> are kept; when that many are held, they are all let go and built again as asked.
/// </summary>
public sealed class Timelines(Protocol protocol)
{
    public const int Capacity = 512;

    private readonly ConcurrentDictionary<string, Timeline> built = new(StringComparer.Ordinal);

    public Timeline For(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var key = string.Join('|', plan.Steps.Select(s => $"{s.StepId}/{WireNames.Name(s.Leg)}/{s.GetReadySeconds}/{s.Shape.Seconds}/{s.Shape.Count}/{s.Shape.Unit:R}/{s.Shape.Hold:R}"));
        if (built.TryGetValue(key, out var timeline))
        {
            return timeline;
        }

        if (built.Count >= Capacity)
        {
            built.Clear();
        }

        return built.GetOrAdd(key, _ => TimelineBuilder.Build(protocol, plan));
    }
}
