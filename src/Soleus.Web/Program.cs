using Soleus.Domain.Protocols;
using Soleus.Web.Api;
using Soleus.Web.Data;
using Soleus.Web.Features;
using Soleus.Web.Hosting;
using Soleus.Web.Pages;

var builder = WebApplication.CreateBuilder(AppFolder.Options(args));
builder.Services.AddOptions<SoleusOptions>().Bind(builder.Configuration.GetSection(SoleusOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSoleusMethod();
builder.Services.AddSoleusData(builder.Configuration);
builder.Services.AddSoleusAccounts();
builder.Services.AddSoleusFeatures();
builder.Services.AddSoleusTelemetry(builder.Configuration);
builder.Services.AddSoleusProxies();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    ProtocolJson.Configure(options.SerializerOptions);
    options.SerializerOptions.AllowDuplicateProperties = false;
});
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true).AddExceptionHandler<BadRequests>();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddDbContextCheck<SoleusDb>();
builder.Services.AddRazorPages().AddMvcOptions(options =>
{
    options.Filters.Add<DisclaimerGate>();
    options.Filters.Add<PageVerbs>();
});
builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
builder.Services.AddStaticCompression();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = BodyLimit.MaxBytes);

var app = builder.Build();
app.MigrateDatabase();
if (await PracticeCommand.Run(app.Services, args, Console.Out, Console.Error) is { } exitCode)
{
    Environment.ExitCode = exitCode;
    return;
}

app.UseSoleusProxies();
app.UseExceptionHandler();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseStatusCodePages();
app.UseBodyLimit();
app.UseOriginCheck();
app.UseResponseCompression();
// Scripts, styles and icons are revalidated on every use (a 304 when unchanged), so after an upgrade no browser
// runs player modules from two versions at once; the service worker keeps them for offline play.
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache" });
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapSoleusHealth();
app.MapOpenApi();
app.MapAccountApi();
app.MapPasskeysApi();
app.MapProtocolApi();
app.MapScreeningApi();
app.MapProfileApi();
app.MapClearanceApi();
app.MapPlansApi();
app.MapSessionsApi();
app.MapProgressApi();
app.MapExportApi();
app.MapRemindersApi();
app.MapPracticeApi();
app.MapLinksApi();
app.MapPatientClearanceApi();
app.MapAssignedPlanApi();
app.MapRazorPages().WithMetadata(PageVerbs.Methods);
app.Run();

/// <summary>The app's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
