using System.Reflection;

namespace Soleus.Web.Hosting;

/// <summary>The release this build is (the Version in Directory.Build.props), without the commit the SDK appends.</summary>
public static class AppVersion
{
    public static string Current { get; } =
        (typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+')[0];
}
