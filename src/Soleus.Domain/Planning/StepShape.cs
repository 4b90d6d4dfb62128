namespace Soleus.Domain.Planning;

/// <summary>
/// How one planned step fills its seconds. The meaning of the numbers follows the step's pattern:
/// strokes: <see cref="Count"/> strokes of <see cref="Unit"/> s;
/// zones: <see cref="Count"/> zone visits of <see cref="Unit"/> s;
/// holds: <see cref="Count"/> holds of <see cref="Hold"/> s with moves of <see cref="Unit"/> s between them;
/// lanes: <see cref="Count"/> passes per lane of <see cref="Unit"/> s;
/// roll: <see cref="Count"/> passes of <see cref="Unit"/> s and one hold of <see cref="Hold"/> s;
/// zone-holds: per zone a lead-in of <see cref="Unit"/> s and a hold of <see cref="Hold"/> s.
/// </summary>
public sealed record StepShape(int Seconds, int Count, double Unit, double Hold = 0);
