using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Live;

/// <summary>
/// Brings events written by other processes (command-line tools, other servers) onto this
/// process's live bus by reading the outbox. This process's own events are published at
/// commit and skipped here.
/// </summary>
internal sealed class OutboxRelay(
    IServiceScopeFactory scopes, OutboxProducer producer, ILiveBus bus, TimeProvider clock,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int BatchSize = 500;

    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly OutboxCursor _cursor = new(clock);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await StartAtEndAsync(stoppingToken);
        using var timer = new PeriodicTimer(PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RelayOnceAsync(stoppingToken);
        }
    }

    /// <summary>Publishes what other processes wrote since the last call; returns how many events.</summary>
    internal async Task<int> RelayOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var rows = await ReadAsync(cancellationToken);
            var events = rows
                .Where(r => r.ProducerId != producer.InstanceId)
                .Select(r => (Row: r, Event: DomainEventSerializer.Deserialize(r.Type, r.Payload)))
                .Where(x => x.Event is not null || Unknown(x.Row))
                .Select(x => x.Event!)
                .ToList();
            _cursor.Advance(rows.Select(r => r.Id));
            if (events.Count > 0)
            {
                bus.Publish(events);
            }

            return events.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LiveLog.OutboxReadFailed(logger, ex);
            return 0;
        }
    }

    internal async Task StartAtEndAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        _cursor.StartAfter(await db.Outbox.MaxAsync(o => (long?)o.Id, cancellationToken) ?? 0);
    }

    private async Task<List<OutboxMessage>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        var after = _cursor.Position;
        var gaps = _cursor.OpenGaps;

        return await db.Outbox.AsNoTracking()
            .Where(o => o.Id > after || gaps.Contains(o.Id))
            .OrderBy(o => o.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    private bool Unknown(OutboxMessage row)
    {
        LiveLog.UnknownEventType(logger, row.Id, row.Type);
        return false;
    }
}
