namespace Soleus.Domain.Tests.Safety;

/// <summary>Files of the repository itself (docs), found by walking up from the test assembly to <c>Soleus.slnx</c>.</summary>
internal static class RepoFile
{
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Soleus.slnx")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new DirectoryNotFoundException($"No Soleus.slnx above {AppContext.BaseDirectory}.");
    }

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));
}
