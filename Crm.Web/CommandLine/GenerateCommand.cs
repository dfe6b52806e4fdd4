using System.Data.Common;
using System.Globalization;
using Crm.Infrastructure;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Seeding;
using Crm.Web.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Web.CommandLine;

/// <summary>
/// <c>generate</c>: migrates the configured database (the demo seed runs on an empty one) and
/// runs the scale data generator with a console progress line. Ctrl+C stops after the current
/// batch is rolled back; the same command continues later.
/// </summary>
internal static class GenerateCommand
{
    public const string Verb = "generate";

    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (arguments, problem) = GenerateArguments.Parse(args);
        if (arguments is null || arguments.Help)
        {
            if (problem is not null)
            {
                await error.WriteLineAsync($"generate: {problem}");
            }

            await (problem is null ? output : error).WriteLineAsync(GenerateArguments.Usage);
            return problem is null ? CommandLineVerbs.Success : CommandLineVerbs.UsageError;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await GenerateAsync(arguments, output, error, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> GenerateAsync(
        GenerateArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            using var host = BuildHost(arguments.Configuration);
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var generator = scope.ServiceProvider.GetRequiredService<ScaleDataGenerator>();
            var progress = new ConsoleProgress(output, interactive: !Console.IsOutputRedirected);

            var result = await generator.GenerateAsync(arguments.Request, progress, cancellationToken);

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {result.AccountsWritten:N0} accounts, {result.ContactsWritten:N0} contacts, "
                + $"{result.ActivitiesWritten:N0} activities, {result.OpportunitiesWritten:N0} opportunities "
                + $"with {result.HistoryRowsWritten:N0} stage history entries, {result.TicketsWritten:N0} tickets "
                + $"with {result.TicketRowsWritten:N0} messages and status entries "
                + $"in {result.Elapsed.TotalSeconds:F1} s "
                + $"({result.RowsPerSecond:N0} rows/s)."));
            return CommandLineVerbs.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("\nStopped. Run the same command again to continue.");
            return CommandLineVerbs.Cancelled;
        }
        catch (Exception ex) when (ex is InvalidOperationException or DatabaseUnreachableException
            or DbException or DbUpdateException)
        {
            // Configuration and database problems get one readable line, not a stack trace.
            var detail = ex.InnerException is { } inner ? $" ({inner.Message})" : "";
            await error.WriteLineAsync($"generate failed: {ex.Message}{detail}");
            return CommandLineVerbs.Failed;
        }
    }

    private static IHost BuildHost(string[] configuration)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = configuration,
            ApplicationName = typeof(GenerateCommand).Assembly.GetName().Name,
        });
        builder.Configuration.AddRepositorySettings(builder.Environment);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddCrmInfrastructure(builder.Configuration);

        return builder.Build();
    }
}
