using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Soleus.Web.Tests.Data;

/// <summary>What deleting an account leaves in the SQLite files: nothing of it, byte for byte.</summary>
public sealed class DeletionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DeleteAccount_OnSqlite_NoByteOfItsNotesLeftInAnyDatabaseFile()
    {
        if (Prerequisites.SuiteOnPostgres)
        {
            return;
        }

        using var factory = new SoleusFactory();
        var client = factory.Client();
        await TestApi.Register(client);
        var marker = $"marker-{Guid.NewGuid():N}";
        var session = TestApi.Session(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-2));
        session["notes"] = marker + " felt a tight knot";
        session["stopReason"] = "swelling-or-redness";
        await TestApi.Post(client, "/api/sessions", TestApi.Text(session));
        var files = Directory.GetFiles(factory.DataFolder);
        Assert.Contains(files, f => Contains(f, marker));

        var deleted = await TestApi.DeleteAccount(client);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, deleted.StatusCode);
        var holding = Directory.GetFiles(factory.DataFolder).Where(f => Contains(f, marker)).Select(Path.GetFileName).ToList();
        output.WriteLine($"files scanned: {string.Join(", ", Directory.GetFiles(factory.DataFolder).Select(f => $"{Path.GetFileName(f)} ({new FileInfo(f).Length} bytes)"))}; holding the marker: {holding.Count}");
        Assert.Empty(holding);
    }

    private static bool Contains(string file, string marker)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)) >= 0;
    }
}
