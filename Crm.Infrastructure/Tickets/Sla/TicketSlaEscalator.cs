using Crm.Domain.Common;
using Crm.Domain.Notifications;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Sla;

/// <summary>
/// Runs the escalation rules (<see cref="SlaEscalationRule"/>) on a ticket whose clock turned at
/// risk or breached: raises the priority, moves the queue and tells the lead of the team the
/// ticket is then in, each once per clock and trigger (<see cref="Ticket.SlaEscalated"/>). A
/// clock without a rule that does anything is left due, so a rule added later still acts on it.
/// Writes to the caller's context; the caller saves.
/// </summary>
internal sealed class TicketSlaEscalator(INotificationPublisher notifications, ILogger<TicketSlaEscalator> logger)
{
    /// <summary>The rules of every cell, read once for a batch of tickets.</summary>
    public static async Task<IReadOnlyDictionary<(TicketPriority, SlaEscalationTrigger), SlaEscalationActions>>
        RulesAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        await db.Set<SlaEscalationRule>().AsNoTracking()
            .ToDictionaryAsync(r => (r.Priority, r.Trigger), r => r.Actions, cancellationToken);

    /// <summary>Acts on the ticket's due escalations; returns whether any acted.</summary>
    public async Task<bool> EscalateAsync(
        CrmDbContext db, Ticket ticket,
        IReadOnlyDictionary<(TicketPriority, SlaEscalationTrigger), SlaEscalationActions> rules, DateTime now,
        CancellationToken cancellationToken)
    {
        var acted = false;
        foreach (var (clock, trigger) in ticket.DueEscalations())
        {
            if (rules.GetValueOrDefault((ticket.Priority, trigger)) is not { DoesAnything: true } actions)
            {
                continue;
            }

            var raisedTo = actions.RaisePriority ? ticket.RaisePriorityOneStep(now) : null;
            var movedTo = await MoveAsync(db, ticket, actions.MoveToQueueId, now, cancellationToken);
            var lead = actions.NotifyLead ? await NotifyLeadAsync(db, ticket, trigger, cancellationToken) : null;
            ticket.RecordEscalation(clock, trigger, lead, raisedTo, movedTo, now);
            TicketSlaLog.Escalated(logger, ticket.Id, clock.ToString(), trigger.ToString(), lead, raisedTo?.ToString(),
                movedTo);
            acted = true;
        }

        return acted;
    }

    private async Task<Guid?> MoveAsync(
        CrmDbContext db, Ticket ticket, Guid? queueId, DateTime now, CancellationToken cancellationToken)
    {
        if (queueId is null || queueId == ticket.QueueId)
        {
            return null;
        }

        var queue = await db.TicketQueues.AsNoTracking()
            .FirstOrDefaultAsync(q => q.Id == queueId && q.IsActive, cancellationToken);
        if (queue is null)
        {
            TicketSlaLog.EscalationQueueGone(logger, ticket.Id, queueId.Value);
            return null;
        }

        ticket.EscalateToQueue(queue.Id, queue.TeamId, now);

        return queue.Id;
    }

    private async Task<Guid?> NotifyLeadAsync(
        CrmDbContext db, Ticket ticket, SlaEscalationTrigger trigger, CancellationToken cancellationToken)
    {
        var lead = await db.Teams.Where(t => t.Id == ticket.TeamId).Select(t => t.ManagerId)
            .FirstOrDefaultAsync(cancellationToken);
        if (lead is not { } leadId)
        {
            TicketSlaLog.EscalationWithoutLead(logger, ticket.Id, ticket.TeamId);
            return null;
        }

        var kind = trigger == SlaEscalationTrigger.Breached
            ? NotificationKind.TicketBreached
            : NotificationKind.TicketAtRisk;
        notifications.Add(db, new NotificationDraft(leadId, kind, new RecordLink(RecordKind.Ticket, ticket.Id))
        {
            Arguments = new Dictionary<string, string> { [NotificationArguments.Ticket] = TicketIntake.Label(ticket) },
        });

        return leadId;
    }
}
