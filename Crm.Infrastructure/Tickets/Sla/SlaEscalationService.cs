using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Sla;

internal sealed class SlaEscalationService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<SlaEscalationService> logger) : ISlaEscalationService
{
    private const string RecordType = "SlaEscalationRule";

    /// <summary>A rule's id follows from its cell: the primary key keeps one rule per cell.</summary>
    public static Guid IdOf(TicketPriority priority, SlaEscalationTrigger trigger) =>
        DeterministicGuid.From("sla-escalation", $"{priority}/{trigger}");

    public async Task<IReadOnlyList<SlaEscalationView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await db.Set<SlaEscalationRule>().AsNoTracking().ToListAsync(cancellationToken);
        var queues = await QueueNamesAsync(db, cancellationToken);

        return
        [
            .. Enum.GetValues<TicketPriority>().Reverse().SelectMany(priority =>
                Enum.GetValues<SlaEscalationTrigger>().Select(trigger =>
                    rules.FirstOrDefault(r => r.Priority == priority && r.Trigger == trigger) is { } rule
                        ? ViewOf(rule, queues)
                        : new SlaEscalationView(priority, trigger, 0, SlaEscalationActions.Nothing, null))),
        ];
    }

    public async Task<IReadOnlyList<NamedRef>> QueuesAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var queues = await db.TicketQueues.AsNoTracking().Where(q => q.IsActive)
            .Select(q => new NamedRef(q.Id, q.Name)).ToListAsync(cancellationToken);

        return [.. queues.OrderBy(q => q.Name, StringComparer.Ordinal)];
    }

    public async Task<SlaEscalationView> SaveAsync(
        TicketPriority priority, SlaEscalationTrigger trigger, int expectedVersion, SlaEscalationActions actions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureQueueAsync(db, actions.MoveToQueueId, cancellationToken);

        var id = IdOf(priority, trigger);
        var rule = await db.Set<SlaEscalationRule>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            ExpectEmpty(id, expectedVersion);
            rule = SlaEscalationRule.Create(id, priority, trigger, actions, Now);
            db.Add(rule);
        }
        else
        {
            db.ExpectVersion(rule, expectedVersion);
            rule.Change(actions, Now);
        }

        await SaveAsync(db, id, cancellationToken);
        TicketSlaLog.EscalationRuleSaved(logger, id, priority.ToString(), trigger.ToString(), actor.UserId);

        return ViewOf(rule, await QueueNamesAsync(db, cancellationToken));
    }

    private static async Task SaveAsync(CrmDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        }
        catch (DbUpdateException error) when (error is not DbUpdateConcurrencyException)
        {
            // Another admin filled the empty cell meanwhile: the primary key refused the second row.
            throw new ConcurrencyConflictException(RecordType, id);
        }
    }

    private static void ExpectEmpty(Guid id, int expectedVersion)
    {
        if (expectedVersion != 0)
        {
            throw new ConcurrencyConflictException(RecordType, id);
        }
    }

    private static async Task EnsureQueueAsync(CrmDbContext db, Guid? queueId, CancellationToken cancellationToken)
    {
        if (queueId is { } id && !await db.TicketQueues.AnyAsync(q => q.Id == id && q.IsActive, cancellationToken))
        {
            throw new DomainException("MoveToQueue.invalid", "Choose an active queue.", "MoveToQueue");
        }
    }

    private static Task<Dictionary<Guid, string>> QueueNamesAsync(
        CrmDbContext db, CancellationToken cancellationToken) =>
        db.TicketQueues.AsNoTracking().ToDictionaryAsync(q => q.Id, q => q.Name, cancellationToken);

    private static SlaEscalationView ViewOf(SlaEscalationRule rule, Dictionary<Guid, string> queues) =>
        new(rule.Priority, rule.Trigger, rule.Version, rule.Actions,
            rule.MoveToQueueId is { } id ? queues.GetValueOrDefault(id) : null);

    private async Task<Actor> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        if (!actor.IsAdmin)
        {
            TicketSlaLog.EscalationRefused(logger, actor.UserId);
            throw new ForbiddenException("Only admins change escalation rules.");
        }

        return actor;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
