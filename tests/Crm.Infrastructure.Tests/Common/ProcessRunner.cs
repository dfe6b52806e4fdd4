using System.Diagnostics;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>Runs a short-lived command and hands back its combined output.</summary>
internal static class ProcessRunner
{
    /// <summary>
    /// Runs <paramref name="fileName"/> to completion. Throws <see cref="InvalidOperationException"/>
    /// carrying the command line and its output when it exits with a non-zero code, and kills it
    /// when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public static async Task<string> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");

        var output = await ReadOutputAsync(process, cancellationToken);

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{fileName} {string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{output}");
        }

        return output;
    }

    private static async Task<string> ReadOutputAsync(Process process, CancellationToken cancellationToken)
    {
        try
        {
            var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);

            return await standardOutput + await standardError;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}
