using System.Diagnostics;

/// <summary>
/// A process the benchmark starts (the host, or Chromium) with a scratch folder of its own: disposing it ends the
/// process and everything it started, and deletes the folder.
/// </summary>
internal sealed class Child : IAsyncDisposable
{
    private readonly Process process;
    private readonly DirectoryInfo scratch;

    private Child(Process process, DirectoryInfo scratch)
    {
        this.process = process;
        this.scratch = scratch;
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts the process; its standard error is written out line by line after <paramref name="errorPrefix"/>, or dropped when null.</summary>
    public static Child Start(ProcessStartInfo start, DirectoryInfo scratch, string? errorPrefix = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (errorPrefix is not null && e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine(errorPrefix + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Child(process, scratch);
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        scratch.Delete(recursive: true);
    }
}
