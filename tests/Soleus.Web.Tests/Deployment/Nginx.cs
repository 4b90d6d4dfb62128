using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Soleus.Web.Tests.Deployment;

/// <summary>
/// Debian's nginx as a practice's reverse proxy on 127.0.0.1: it ends TLS with a certificate made here for
/// 127.0.0.1, balances round robin over the given instances, takes one out when connecting to it fails
/// (max_fails, proxy_next_upstream) and forwards the client's address and scheme. The site is docs/deploy.md's,
/// with the test's ports, certificate and folders put in.
/// </summary>
internal sealed class Nginx : IDisposable
{
    private readonly Process process;
    private readonly string folder;
    private readonly string thumbprint;

    private Nginx(Process process, string folder, string thumbprint, Uri address) => (this.process, this.folder, this.thumbprint, Address) = (process, folder, thumbprint, address);

    public Uri Address { get; }

    /// <summary>What nginx wrote to its error log so far.</summary>
    public string ErrorLog => File.ReadAllText(Path.Combine(folder, "error.log"));

    public static async Task<Nginx> Start(IEnumerable<Uri> instances)
    {
        var nginx = Prerequisites.Program("/usr/sbin/nginx", "nginx");
        var folder = Directory.CreateTempSubdirectory("soleus-nginx-").FullName;
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111); // started as root, nginx's workers run as nobody and write their temp files here
        }
        var thumbprint = MakeCertificate(folder);
        var port = Faults.AppProcess.FreePort();
        var servers = string.Join("\n", instances.Select(i => $"    server {i.Authority} max_fails=1 fail_timeout=30s;"));
        var site = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "deploy", "soleus.nginx.conf")))
            .Replace("    server 127.0.0.1:5080 max_fails=1 fail_timeout=30s;\n    server 127.0.0.1:5081 max_fails=1 fail_timeout=30s;", servers, StringComparison.Ordinal)
            .Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{port} ssl http2;", StringComparison.Ordinal)
            .Replace("/etc/ssl/soleus/", folder + "/", StringComparison.Ordinal);
        Assert.Contains(servers, site, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
            {{site}}
            }
            """);
        var start = new ProcessStartInfo(nginx, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf")]) { RedirectStandardError = true, RedirectStandardOutput = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var proxy = new Nginx(process, folder, thumbprint, new Uri($"https://127.0.0.1:{port}"));
        await proxy.WaitListening();
        return proxy;
    }

    /// <summary>A client of the proxy whose connections leave from 127.0.0.<paramref name="host"/>, trusting only the test's certificate.</summary>
    public HttpClient Client(int host) => new(Handler(host)) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    public SocketsHttpHandler Handler(int host)
    {
        var handler = Loopback.Handler(host);
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint;
        return handler;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private async Task WaitListening()
    {
        using var client = Client(1);
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}: {ErrorLog}");
            }

            try
            {
                await client.GetAsync("/healthz");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("nginx did not listen within 10 s: " + ErrorLog);
    }

    /// <summary>Writes a self-signed certificate for 127.0.0.1 and its key as PEM (soleus.crt, soleus.key); returns its thumbprint.</summary>
    private static string MakeCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "soleus.crt"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "soleus.key"), key.ExportPkcs8PrivateKeyPem());
        return certificate.GetCertHashString();
    }
}
