using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Soleus.Web.Tests.Faults;

/// <summary>
/// Several clients saving sessions as fast as they can, each with a fresh client id per session, remembering which
/// saves were acknowledged (2xx) and which ended without an answer (their outcome is unknown). Their connections go
/// through <paramref name="handler"/> when given (a source address, a certificate to trust).
/// </summary>
internal sealed class SavingClients(Uri address, string cookie, Func<HttpMessageHandler>? handler = null)
{
    /// <summary>The sign-in cookie the clients send.</summary>
    public string Cookie => cookie;

    public ConcurrentBag<Guid> Acknowledged { get; } = [];

    public ConcurrentBag<Guid> Unknown { get; } = [];

    public async Task Run(int clients, CancellationToken stop)
    {
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            using var http = new HttpClient(handler?.Invoke() ?? new SocketsHttpHandler()) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };
            while (!stop.IsCancellationRequested)
            {
                var id = Guid.NewGuid();
                if (await Save(http, id))
                {
                    Acknowledged.Add(id);
                }
                else
                {
                    Unknown.Add(id);
                    await Task.Delay(50, CancellationToken.None);
                }
            }
        }, CancellationToken.None)));
    }

    /// <summary>One save; true only for a 2xx answer.</summary>
    public async Task<bool> Save(HttpClient http, Guid id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sessions")
        {
            Content = new StringContent(TestApi.Text(TestApi.Session(id, DateTimeOffset.UtcNow.AddHours(-1))), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Cookie", cookie);
        try
        {
            var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>The client ids stored on the server, each as many times as it is listed.</summary>
    public async Task<List<Guid>> Stored()
    {
        using var http = new HttpClient(handler?.Invoke() ?? new SocketsHttpHandler()) { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sessions");
        request.Headers.Add("Cookie", cookie);
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await TestApi.Json(response)).AsArray().Select(s => Guid.Parse((string)s!["clientId"]!))];
    }
}
