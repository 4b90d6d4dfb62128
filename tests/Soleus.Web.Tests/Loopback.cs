using System.Net;
using System.Net.Sockets;

namespace Soleus.Web.Tests;

/// <summary>Clients that leave from a loopback address of their choosing (127.0.0.2, 127.0.0.3 …), as from other machines.</summary>
internal static class Loopback
{
    /// <summary>A client whose connections leave from 127.0.0.<paramref name="host"/>; it does not follow redirects.</summary>
    public static HttpClient From(Uri server, int host) => new(Handler(host)) { BaseAddress = server };

    /// <summary>The handler of such a client, for a test to add to (a certificate to trust).</summary>
    public static SocketsHttpHandler Handler(int host) => new()
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, token) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            socket.Bind(new IPEndPoint(new IPAddress([127, 0, 0, (byte)host]), 0));
            await socket.ConnectAsync(context.DnsEndPoint, token);
            return new NetworkStream(socket, ownsSocket: true);
        },
    };
}
