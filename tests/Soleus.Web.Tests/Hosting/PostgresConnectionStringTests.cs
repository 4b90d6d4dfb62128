using Npgsql;
using Soleus.Web.Hosting;

namespace Soleus.Web.Tests.Hosting;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void NotSet_PreparesTheMostUsedStatements()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseServices.PostgresConnectionString("Host=127.0.0.1;Port=55432;Username=postgres;Database=soleus"));

        Assert.Equal(20, builder.MaxAutoPrepare);
        Assert.Equal(("127.0.0.1", 55432, "postgres", "soleus"), (builder.Host, builder.Port, builder.Username, builder.Database));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;max auto prepare=50", 50)]
    public void SetInTheString_KeptAsGiven(string configured, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(DatabaseServices.PostgresConnectionString(configured)).MaxAutoPrepare);
}
