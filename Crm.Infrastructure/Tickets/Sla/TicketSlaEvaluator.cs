using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Sla;

/// <summary>
/// Computes tickets' SLA clocks with the policy resolver's rule (priority and account tier),
/// the policy's calendar and the ticket's complete status history, and stores them on the
/// ticket (<see cref="Ticket.ApplySla"/>), then runs the escalation rules on clocks that turned
/// at risk or breached (<see cref="TicketSlaEscalator"/>). It writes to the caller's context and never saves:
/// the clocks are saved with the change that moved them, in the same transaction.
/// </summary>
internal sealed class TicketSlaEvaluator(
    ISlaPolicyResolver policies, TicketSlaEscalator escalator, TimeProvider clock)
{
    /// <summary>Evaluates one tracked ticket after a change; true when its clocks changed.</summary>
    public async Task<bool> ApplyAsync(CrmDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        var rulebook = await policies.LoadAsync(cancellationToken);

        return (await ApplyAsync(db, [ticket], rulebook, cancellationToken)).Count > 0;
    }

    /// <summary>
    /// Evaluates many tracked tickets with one rulebook, reading their histories and account
    /// tiers in two queries; returns the tickets whose clocks changed or that were escalated.
    /// </summary>
    public async Task<IReadOnlyList<Ticket>> ApplyAsync(
        CrmDbContext db, IReadOnlyList<Ticket> tickets, SlaRulebook rulebook, CancellationToken cancellationToken)
    {
        var histories = await HistoriesAsync(db, tickets, cancellationToken);
        var tiers = await TiersAsync(db, tickets, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<Ticket>();
        IReadOnlyDictionary<(TicketPriority, SlaEscalationTrigger), SlaEscalationActions>? rules = null;
        foreach (var ticket in tickets)
        {
            var tier = ticket.AccountId is { } accountId ? tiers.GetValueOrDefault(accountId) : null;
            var history = histories[ticket.Id].ToList();
            var moved = ticket.ApplySla(Evaluate(rulebook, ticket, tier, history, now), now);

            // An escalation may raise the priority: the clocks then follow the new policy, which
            // may be breached already and escalate once more (at most once per clock and trigger).
            for (var round = 0; round < 4 && ticket.DueEscalations().Count > 0; round++)
            {
                rules ??= await TicketSlaEscalator.RulesAsync(db, cancellationToken);
                var priority = ticket.Priority;
                if (!await escalator.EscalateAsync(db, ticket, rules, now, cancellationToken))
                {
                    break;
                }

                moved = true;
                if (ticket.Priority != priority)
                {
                    ticket.ApplySla(Evaluate(rulebook, ticket, tier, history, now), now);
                }
            }

            if (moved)
            {
                changed.Add(ticket);
            }
        }

        return changed;
    }

    /// <summary>
    /// The clocks of <paramref name="ticket"/> at <paramref name="now"/>; <see cref="TicketSla.None"/>
    /// without a policy.
    /// </summary>
    internal static TicketSla Evaluate(
        SlaRulebook rulebook, Ticket ticket, AccountTier? tier, IEnumerable<TicketStatusChange> history,
        DateTime now) =>
        Clocks(rulebook, ticket, tier, history, now) is { } clocks
            ? TicketSla.Of(clocks.Assignment.Policy.Id, clocks.Status)
            : TicketSla.None;

    /// <summary>The policy and both clocks of <paramref name="ticket"/> now; null without a policy.</summary>
    internal static (SlaAssignment Assignment, SlaStatus Status)? Clocks(
        SlaRulebook rulebook, Ticket ticket, AccountTier? tier, IEnumerable<TicketStatusChange> history,
        DateTime now)
    {
        if (rulebook.Resolve(TicketSla.PriorityOf(ticket.Priority), tier) is not { } assignment)
        {
            return null;
        }

        return (assignment, SlaClock.Evaluate(
            assignment.Schedule, assignment.Policy.Targets, ticket.SlaTimeline(history), now));
    }

    // Saved rows and the ones recorded since loading (not saved yet, so not in the query).
    internal static async Task<ILookup<Guid, TicketStatusChange>> HistoriesAsync(
        CrmDbContext db, IReadOnlyList<Ticket> tickets, CancellationToken cancellationToken)
    {
        var ids = tickets.Select(t => t.Id).ToList();
        var saved = await db.TicketStatusChanges.AsNoTracking().Where(c => ids.Contains(c.TicketId))
            .ToListAsync(cancellationToken);
        var recorded = tickets.SelectMany(t => t.RecordedStatusChanges);

        return saved.Concat(recorded).DistinctBy(c => (c.TicketId, c.Sequence)).ToLookup(c => c.TicketId);
    }

    internal static async Task<Dictionary<Guid, AccountTier?>> TiersAsync(
        CrmDbContext db, IReadOnlyList<Ticket> tickets, CancellationToken cancellationToken)
    {
        var ids = tickets.Where(t => t.AccountId is not null).Select(t => t.AccountId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (AccountTier?)a.Tier, cancellationToken);
    }
}
