using Soleus.Web.Features.Accounts;
using Soleus.Web.Features.Planning;
using Soleus.Web.Features.Practice;
using Soleus.Web.Features.Profile;
using Soleus.Web.Features.Progress;
using Soleus.Web.Features.Reminders;
using Soleus.Web.Features.Screening;
using Soleus.Web.Features.Sessions;

namespace Soleus.Web.Features;

/// <summary>Registers the use cases, one per request, as the pages and endpoints take them.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddSoleusFeatures(this IServiceCollection services) => services
        .AddScoped<AccountActions>()
        .AddScoped<PasswordThrottle>()
        .AddScoped<Passkeys>()
        .AddScoped<AccountExport>()
        .AddScoped<Practices>()
        .AddScoped<Links>()
        .AddScoped<PatientClearances>()
        .AddScoped<PatientExport>()
        .AddScoped<AssignedPlans>()
        .AddScoped<Profiles>()
        .AddScoped<Screenings>()
        .AddScoped<SafetyHistories>()
        .AddScoped<Plans>()
        .AddSingleton<Timelines>()
        .AddScoped<SessionLog>()
        .AddScoped<ProgressReports>()
        .AddScoped<CalendarReminders>()
        .AddSingleton<RecordsCache>();
}
