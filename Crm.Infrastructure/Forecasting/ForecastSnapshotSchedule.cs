using Crm.Domain.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Forecasting;

/// <summary>
/// Takes the weekly forecast snapshots of the current fiscal month and quarter: once at start,
/// then every hour. The hourly check costs one indexed lookup per period when the week's
/// snapshot is there, and the unique week key makes a repeated or concurrent run (another
/// server, a restart) write nothing. A plain hosted service until the scheduled-jobs work moves
/// every schedule to Quartz; this class then becomes a job with the same body.
/// </summary>
internal sealed class ForecastSnapshotSchedule(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<ForecastSnapshotSchedule> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var forecasts = scope.ServiceProvider.GetRequiredService<IForecastService>();
            var taken = 0;
            foreach (var kind in new[] { PeriodKind.Month, PeriodKind.Quarter })
            {
                taken += await forecasts.TakeWeeklySnapshotAsync(kind, cancellationToken) ? 1 : 0;
            }

            ForecastLog.WeeklyRunFinished(logger, taken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The next hourly check tries again; the host keeps running.
            ForecastLog.WeeklyRunFailed(logger, error);
        }
    }
}
