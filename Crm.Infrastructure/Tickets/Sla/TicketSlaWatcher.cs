using Crm.Domain.Common;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Sla;

/// <summary>
/// The deadline watcher: sleeps until the earliest <see cref="Ticket.SlaNextChangeAt"/> of any
/// ticket, re-evaluates the tickets whose moment came and saves their new clocks (each change
/// announced as <see cref="TicketSlaChanged"/>), so lanes and flags change when time passes, not
/// only when someone edits. A ticket event with an earlier next change wakes it early; a policy
/// or calendar change (<see cref="SlaPolicyChanged"/>, <see cref="BusinessCalendarChanged"/>)
/// has it re-evaluate every open ticket, as does starting (tickets saved while no watcher ran).
/// Time comes from <see cref="TimeProvider"/>, so tests drive it.
/// </summary>
internal sealed class TicketSlaWatcher(
    IServiceScopeFactory scopes, ILiveBus bus, TimeProvider clock, ILogger<TicketSlaWatcher> logger)
    : BackgroundService
{
    // The longest sleep: a lost wake-up (an event dropped by a full queue) costs at most this.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(15);

    // After a round that left a due ticket unchanged (a conflict, a failure), look again after this.
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _wake = new(0, 1);
    // Ticks of the moment the watcher sleeps until; MaxValue while it works, so that a change
    // saved during a round still wakes it for another.
    private long _sleepingUntil = DateTime.MaxValue.Ticks;
    private volatile bool _sweep = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.Subscribe(OnEventAsync);
        TicketSlaLog.WatcherStarted(logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = await RoundAsync(stoppingToken);
            await SleepAsync(next, stoppingToken);
        }
    }

    private async Task<DateTime?> RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var round = scope.ServiceProvider.GetRequiredService<TicketSlaRound>();
            if (_sweep)
            {
                _sweep = false;
                await round.SweepOpenAsync(stoppingToken);
            }

            return await round.RunDueAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            TicketSlaLog.RoundFailed(logger, ex);

            return Now + Retry;
        }
    }

    private async Task SleepAsync(DateTime? next, CancellationToken stoppingToken)
    {
        var now = Now;
        var until = next is { } at && at < now + LongestSleep ? at : now + LongestSleep;
        Interlocked.Exchange(ref _sleepingUntil, until.Ticks);
        using var woken = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        try
        {
            var delay = until > now ? until - now : TimeSpan.Zero;
            await Task.WhenAny(Task.Delay(delay, clock, woken.Token), _wake.WaitAsync(woken.Token));
        }
        finally
        {
            Interlocked.Exchange(ref _sleepingUntil, DateTime.MaxValue.Ticks);
            await woken.CancelAsync();
        }
    }

    private ValueTask OnEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        switch (domainEvent)
        {
            case TicketSlaChanged { Sla.NextChangeAt: { } next } when next.Ticks < Interlocked.Read(ref _sleepingUntil):
                Wake();
                break;
            case SlaPolicyChanged or BusinessCalendarChanged:
                _sweep = true;
                Wake();
                break;
        }

        return ValueTask.CompletedTask;
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one wake-up covers every event before the next round.
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
