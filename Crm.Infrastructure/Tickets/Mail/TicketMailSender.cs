using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>
/// Runs <see cref="TicketMailDelivery"/> in the background: at start, whenever a commit queued
/// ticket mail (<see cref="TicketMailSignal"/>), and every <see cref="TicketMailOptions.SendPollSeconds"/>
/// for retries and mail queued by other servers.
/// </summary>
internal sealed class TicketMailSender(
    IServiceScopeFactory scopes, TicketMailSignal signal, IOptions<TicketMailOptions> options,
    ILogger<TicketMailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = Math.Clamp(options.Value.SendPollSeconds, 1, 3600);
        TicketMailLog.SenderStarted(logger, seconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            await SendOnceAsync(stoppingToken);
            await signal.WaitAsync(TimeSpan.FromSeconds(seconds), stoppingToken);
        }
    }

    private async Task SendOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TicketMailDelivery>().SendDueAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            TicketMailLog.LookFailed(logger, ex);
        }
    }
}
