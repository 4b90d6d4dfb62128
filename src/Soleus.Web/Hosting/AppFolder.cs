namespace Soleus.Web.Hosting;

/// <summary>
/// Where the app reads its appsettings.json and wwwroot. A published build (its wwwroot beside its dll) reads them from
/// its own folder wherever it is started (by systemd, or from any working folder), so it serves its scripts and styles
/// in Production; a build run from its project (dotnet run, the tests) has no wwwroot beside its dll and keeps the
/// working folder, as ASP.NET Core does by default.
/// </summary>
public static class AppFolder
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? AppContext.BaseDirectory : null,
    };
}
