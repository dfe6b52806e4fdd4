using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// Runs a round of <see cref="InboundMailProcessor"/> at start and then every
/// <see cref="InboundMailOptions.PollSeconds"/>. Off when <see cref="InboundMailOptions.Enabled"/>
/// is false or no <see cref="IInboundMailHandler"/> is registered: mail then waits in its source.
/// A failed round (mail server down) is logged and the next one tries again.
/// </summary>
internal sealed class InboundMailPoller(
    InboundMailProcessor processor, InboundMailReader reader, IServiceProviderIsService services,
    IOptions<InboundMailOptions> options, TimeProvider clock, ILogger<InboundMailPoller> logger) : BackgroundService
{
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            InboundMailLog.Off(logger, "Mail:Inbound:Enabled is false");
            return;
        }

        if (!services.IsService(typeof(IInboundMailHandler)))
        {
            InboundMailLog.Off(logger, "no inbound mail handler is registered");
            return;
        }

        InboundMailLog.Started(logger, processor.Source, settings.PollSeconds);
        DeleteLeftovers();
        using var timer = new PeriodicTimer(settings.PollInterval, clock);
        do
        {
            await RoundAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void DeleteLeftovers()
    {
        try
        {
            var deleted = reader.DeleteLeftovers(clock.GetUtcNow().UtcDateTime - LeftoverAge);
            if (deleted > 0)
            {
                InboundMailLog.LeftoversDeleted(logger, deleted);
            }
        }
        catch (IOException ex)
        {
            InboundMailLog.LeftoversNotDeleted(logger, ex);
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            var round = await processor.ProcessOnceAsync(stoppingToken);
            if (round.Total > 0)
            {
                InboundMailLog.RoundFinished(logger, round.Handled, round.Duplicates, round.Failed, round.Rejected);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            InboundMailLog.RoundFailed(logger, processor.Source, ex);
        }
    }
}
