using Npgsql;
using Soleus.Web.Hosting;

namespace Soleus.Web.Tests.Hosting;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void NotSet_PreparesTheMostUsedStatementsAndSkipsTheResetOnClose()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseServices.PostgresConnectionString("Host=127.0.0.1;Port=55432;Username=postgres;Database=soleus"));

        Assert.Equal(20, builder.MaxAutoPrepare);
        Assert.True(builder.NoResetOnClose);
        Assert.Equal(("127.0.0.1", 55432, "postgres", "soleus"), (builder.Host, builder.Port, builder.Username, builder.Database));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;max auto prepare=50", 50)]
    public void SetInTheString_KeptAsGiven(string configured, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(DatabaseServices.PostgresConnectionString(configured)).MaxAutoPrepare);

    [Theory]
    [InlineData("Host=db;No Reset On Close=false", false)]
    [InlineData("Host=db;no reset on close=true", true)]
    public void ResetOnCloseSetInTheString_KeptAsGiven(string configured, bool expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(DatabaseServices.PostgresConnectionString(configured)).NoResetOnClose);
}
