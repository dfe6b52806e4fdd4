using System.Diagnostics;

namespace Crm.Web.Tests.Host;

/// <summary>
/// The built app started as an operator would start it, against a PostgreSQL server that is
/// not there: it must stop with one line that says what it tried to reach, and no secret.
/// </summary>
public sealed class BadStartTests
{
    private const string Password = "s3cret-pw";
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_PostgreSqlUnreachable_ExitsWithOneClearLineAndNoPassword()
    {
        var (exitCode, output) = await RunAppAsync(
            "--Database:Provider=PostgreSql",
            $"--ConnectionStrings:Crm=Host=127.0.0.1;Port=1;Database=crm;Username=crm;Password={Password};Timeout=3",
            "--Urls=http://127.0.0.1:0");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(output.Split('\n'), line =>
            line.Contains("PostgreSql", StringComparison.Ordinal)
            && line.Contains("Host=127.0.0.1;Port=1", StringComparison.Ordinal));
        Assert.DoesNotContain(Password, output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAppAsync(params string[] arguments)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("crm-bad-start-");
        var startInfo = new ProcessStartInfo(DotnetHost(), [AppAssembly(), .. arguments])
        {
            WorkingDirectory = workingDirectory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        try
        {
            using var process = Process.Start(startInfo)
                ?? throw new InvalidOperationException("dotnet did not start.");

            return await WaitAsync(process);
        }
        finally
        {
            workingDirectory.Delete(recursive: true);
        }
    }

    private static async Task<(int, string)> WaitAsync(Process process)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(ExitLimit);
        var standardOutput = process.StandardOutput.ReadToEndAsync(limit.Token);
        var standardError = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The app was still running after {ExitLimit.TotalSeconds} s.");
        }

        return (process.ExitCode, await standardOutput + await standardError);
    }

    // Crm.Web.dll sits beside the tests with its runtimeconfig and deps files.
    private static string AppAssembly() => typeof(Program).Assembly.Location;

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host
        ? host
        : "dotnet";
}
