namespace Soleus.Web.Tests.Faults;

/// <summary>
/// Tests that restart the shared PostgreSQL server run alone, after the others: a restart while other test classes
/// use the server would fail them for a reason that is not theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerRestarts
{
    public const string Name = "restarts the test PostgreSQL server";
}
