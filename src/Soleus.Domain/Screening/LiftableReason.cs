namespace Soleus.Domain.Screening;

/// <summary>A professional-first reason a clinician's clearance may lift: its id and a plain label for the clinician's form.</summary>
public sealed record LiftableReason(string Id, string Label);
