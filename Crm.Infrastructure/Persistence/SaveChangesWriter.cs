using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Infrastructure.Persistence;

/// <summary>
/// Runs inside every save: bumps versions, stamps who and when, writes field history and
/// puts the aggregates' events in the outbox, all in the same transaction as the change.
/// Publishes the events once the change is committed, never before.
/// </summary>
internal sealed class SaveChangesWriter(IActor actor, TimeProvider clock, OutboxProducer producer, ILiveBus bus)
    : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CrmDbContext db)
        {
            WriteChanges(db);
        }

        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CrmDbContext db)
        {
            WriteChanges(db);
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SavedChanges(eventData, result);

        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is CrmDbContext db)
        {
            db.PendingEvents.AddRange(db.SavingEvents);
            db.SavingEvents.Clear();
            PublishIfCommitted(db);
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(
        DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);

        return Task.CompletedTask;
    }

    // A failed save drops only its own events: earlier saves in the same transaction keep theirs
    // and are published if the transaction still commits. The outbox and history rows the failed
    // save added stay tracked, so a caller that retries on the same context writes them without
    // a live event; services open a context per operation and never retry.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        (eventData.Context as CrmDbContext)?.SavingEvents.Clear();

    // A concurrency conflict does not reach SaveChangesFailed; it comes through here.
    public override InterceptionResult ThrowingConcurrencyException(
        ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        (eventData.Context as CrmDbContext)?.SavingEvents.Clear();

        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData,
        InterceptionResult result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ThrowingConcurrencyException(eventData, result));

    private void PublishIfCommitted(CrmDbContext db)
    {
        // Inside an explicit transaction the rows are not committed yet: CommitPublisher
        // publishes when the transaction commits.
        if (db.Database.CurrentTransaction is null)
        {
            Publish(db, bus);
        }
    }

    internal static void Publish(CrmDbContext db, ILiveBus bus)
    {
        if (db.PendingEvents.Count == 0)
        {
            return;
        }

        var events = db.PendingEvents.ToList();
        db.PendingEvents.Clear();
        bus.Publish(events);
    }

    private void WriteChanges(CrmDbContext db)
    {
        db.SavingEvents.Clear();
        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = db.ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified || HasNewEvents(e))
            .ToList();

        foreach (var entry in entries)
        {
            Stamp(entry, now);
            if (entry.State == EntityState.Modified)
            {
                db.FieldChanges.AddRange(FieldHistory.Of(entry, actor.UserId, now, entry.Entity.Version));
            }

            Enqueue(db, entry.Entity);
        }
    }

    // An aggregate whose own row is unchanged still changed when it recorded events: only its
    // child rows moved (a stage renamed, a line item added). Its version must move with them, so
    // the version check covers the children and the events carry the version that is saved.
    private static bool HasNewEvents(EntityEntry<AggregateRoot> entry) =>
        entry.State == EntityState.Unchanged && entry.Entity.DomainEvents.Count > 0;

    private void Stamp(EntityEntry<AggregateRoot> entry, DateTime now)
    {
        var version = entry.Property(e => e.Version);
        version.CurrentValue = version.OriginalValue + 1;
        entry.Property(AuditStamps.UpdatedAt).CurrentValue = now;
        entry.Property(AuditStamps.UpdatedById).CurrentValue = actor.UserId;
        if (entry.State == EntityState.Added)
        {
            version.CurrentValue = 1;
            entry.Property(AuditStamps.CreatedAt).CurrentValue = now;
            entry.Property(AuditStamps.CreatedById).CurrentValue = actor.UserId;
        }
    }

    private void Enqueue(CrmDbContext db, AggregateRoot aggregate)
    {
        foreach (var domainEvent in aggregate.DomainEvents)
        {
            db.Outbox.Add(new OutboxMessage
            {
                Type = DomainEventSerializer.TypeName(domainEvent),
                Payload = DomainEventSerializer.Serialize(domainEvent),
                AggregateId = domainEvent.AggregateId,
                AggregateVersion = domainEvent.Version,
                OccurredAt = domainEvent.OccurredAt,
                ProducerId = producer.InstanceId,
            });
            db.SavingEvents.Add(domainEvent);
        }

        aggregate.ClearDomainEvents();
    }
}
