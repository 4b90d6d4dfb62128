using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

/// <summary>
/// A bare Chrome DevTools Protocol connection to one page: commands and their answers, events ignored. The hidden and
/// frozen runs drive the player through it instead of Playwright, which keeps every page it is attached to counted as
/// visible (focus emulation) for as long as it stays attached.
/// </summary>
internal sealed class Cdp : IAsyncDisposable
{
    private readonly ClientWebSocket socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> waiting = new();
    private readonly Task receiving;
    private int next;

    private Cdp(ClientWebSocket socket)
    {
        this.socket = socket;
        receiving = Task.Run(Receive);
    }

    public static async Task<Cdp> Connect(Uri page)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(page, CancellationToken.None);
        return new Cdp(socket);
    }

    /// <summary>Sends a command and returns its result; a protocol error is thrown.</summary>
    public async Task<JsonElement> Send(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref next);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[id] = answer;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var message = await answer.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return message.TryGetProperty("error", out var error)
            ? throw new InvalidOperationException($"{method}: {error}")
            : message.GetProperty("result");
    }

    /// <summary>Evaluates a JavaScript expression in the page (awaiting a promise) and returns its value, if any.</summary>
    public async Task<T> Evaluate<T>(string expression)
    {
        var result = await Send("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        return result.TryGetProperty("exceptionDetails", out var failed)
            ? throw new InvalidOperationException($"{expression}: {failed}")
            : result.GetProperty("result").TryGetProperty("value", out var value) ? value.Deserialize<T>()! : default!;
    }

    /// <summary>Waits, polling every 100 ms from here, until the expression is true in the page.</summary>
    public async Task WaitFor(string expression, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await Evaluate<bool>(expression))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not true after {timeout.TotalSeconds} s: {expression}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>A click at the middle of the element with this id, scrolled into view.</summary>
    public async Task Click(string id)
    {
        var at = await Evaluate<double[]>($"(() => {{ const el = document.getElementById('{id}'); el.scrollIntoView({{ block: 'center', behavior: 'instant' }}); const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()");
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
        {
            await Send("Input.dispatchMouseEvent", new { type, x = at[0], y = at[1], button = "left", clickCount = 1 });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        await receiving;
        socket.Dispose();
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult part;
            try
            {
                part = await socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                return;
            }

            if (part.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, part.Count);
            if (!part.EndOfMessage)
            {
                continue;
            }

            using (var json = JsonDocument.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)))
            {
                if (json.RootElement.TryGetProperty("id", out var id) && waiting.TryRemove(id.GetInt32(), out var answer))
                {
                    answer.SetResult(json.RootElement.Clone());
                }
            }

            message.SetLength(0);
        }
    }
}
