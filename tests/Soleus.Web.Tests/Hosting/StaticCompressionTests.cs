using System.IO.Compression;
using System.Net.Http.Headers;

namespace Soleus.Web.Tests.Hosting;

/// <summary>Scripts, styles and pictures go compressed to a browser that accepts it; pages and API answers never do.</summary>
public sealed class StaticCompressionTests(SoleusFactory factory) : IClassFixture<SoleusFactory>
{
    private async Task<HttpResponseMessage> Get(string path, string encodings)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var encoding in encodings.Split(", "))
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        return await factory.Client().SendAsync(request);
    }

    [Theory]
    [InlineData("/js/player/main.js", "br")]
    [InlineData("/js/player/timeline.js", "gzip")]
    [InlineData("/css/site.css", "br")]
    [InlineData("/img/calf-roller.svg", "gzip")]
    public async Task StaticFile_AcceptedEncoding_SentCompressedAndUnpacksToTheFile(string path, string encoding)
    {
        using var response = await Get(path, encoding);
        var sent = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        await using Stream unpacking = encoding == "br"
            ? new BrotliStream(new MemoryStream(sent), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(sent), CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        await unpacking.CopyToAsync(unpacked);
        var file = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "src/Soleus.Web/wwwroot", path.TrimStart('/')));
        Assert.Equal(file, unpacked.ToArray());
        Assert.True(sent.Length < file.Length, $"{path}: {sent.Length} bytes sent for {file.Length}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/api/protocol")]
    public async Task PageOrApi_AcceptingAnyEncoding_SentAsIs(string path)
    {
        using var response = await Get(path, "br, gzip");

        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
