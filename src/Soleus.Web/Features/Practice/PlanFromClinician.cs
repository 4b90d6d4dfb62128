using Soleus.Domain.Planning;

namespace Soleus.Web.Features.Practice;

/// <summary>An assigned plan that applies: who set it and when, how many sessions a week, and the plan's choices.</summary>
public sealed record PlanFromClinician(string ClinicianEmail, DateTimeOffset AssignedAt, int SessionsAWeek, PlanChoices Choices);
