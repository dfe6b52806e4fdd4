using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Sla;

/// <summary>
/// One round of the deadline watcher: re-evaluates the tickets whose next change has come (or
/// every open ticket, after a policy or calendar change) in batches, each batch one save, and
/// tells when the next change is due.
/// </summary>
internal sealed class TicketSlaRound(
    IDbContextFactory<CrmDbContext> contexts, ISlaPolicyResolver policies, TicketSlaEvaluator evaluator,
    TimeProvider clock, ILogger<TicketSlaRound> logger)
{
    internal const int BatchSize = 200;

    // After a batch that left a due ticket unchanged (a conflict with an edit), look again after this.
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Re-evaluates every ticket whose next change is due now; returns the earliest next change
    /// left (null when no ticket has one).
    /// </summary>
    public async Task<DateTime?> RunDueAsync(CancellationToken cancellationToken)
    {
        var rulebook = await policies.LoadAsync(cancellationToken);
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = Now;
            var due = await db.Tickets.Where(t => t.SlaNextChangeAt <= now)
                .OrderBy(t => t.SlaNextChangeAt).Take(BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return await db.Tickets.MinAsync(t => t.SlaNextChangeAt, cancellationToken);
            }

            var changed = await SaveAsync(db, due, rulebook, cancellationToken);
            if (changed < due.Count)
            {
                TicketSlaLog.DueUnchanged(logger, due.Count - changed);
                return now + Retry;
            }
        }
    }

    /// <summary>Re-evaluates every open ticket, for new policies or calendars.</summary>
    public async Task SweepOpenAsync(CancellationToken cancellationToken)
    {
        var rulebook = await policies.LoadAsync(cancellationToken);
        List<Guid> open;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            open = await db.Tickets
                .Where(t => t.Status != TicketStatus.Resolved && t.Status != TicketStatus.Closed)
                .Select(t => t.Id).ToListAsync(cancellationToken);
        }

        var total = 0;
        foreach (var ids in open.Chunk(BatchSize))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await db.Tickets.Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
            total += await SaveAsync(db, batch, rulebook, cancellationToken);
        }

        TicketSlaLog.Swept(logger, total);
    }

    private async Task<int> SaveAsync(
        CrmDbContext db, IReadOnlyList<Ticket> tickets, SlaRulebook rulebook, CancellationToken cancellationToken)
    {
        var changed = await evaluator.ApplyAsync(db, tickets, rulebook, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone edited one of them meanwhile; that edit computed its clocks already.
            TicketSlaLog.BatchConflicted(logger, tickets.Count);
            return 0;
        }

        foreach (var ticket in changed)
        {
            TicketSlaLog.Evaluated(logger, ticket.Id, ticket.FirstResponseSla?.ToString(),
                ticket.ResolutionSla?.ToString(), ticket.SlaNextChangeAt);
        }

        return changed.Count;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
