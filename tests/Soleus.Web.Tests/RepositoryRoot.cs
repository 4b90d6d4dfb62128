namespace Soleus.Web.Tests;

/// <summary>The folder that holds Soleus.slnx, found by walking up from the test assembly.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Soleus.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Soleus.slnx above {AppContext.BaseDirectory}.");
    });

    public static string Path => Found.Value;
}
