using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tickets.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets;

/// <summary>
/// The one way a new ticket comes in, typed in the app or (later) from mail and the public form:
/// it takes the next number, has the assignment engine route a ticket nobody was chosen for,
/// tells the assignee or, when nobody could take it, the lead of the queue's team, and saves it
/// all at once.
/// </summary>
internal sealed class TicketIntake(
    IAssignmentEngine engine, INotificationPublisher notifications, IActor actor, TimeProvider clock,
    ILogger<TicketIntake> logger, TicketSlaEvaluator sla)
{
    /// <summary>
    /// Opens a ticket from <paramref name="draft"/> on <paramref name="db"/>, which must be inside a
    /// transaction the caller commits, run through
    /// <see cref="AssigningTransactions.InAssigningTransactionAsync{T}"/>: the number, the rule's
    /// turn, the ticket, its history and its notices are one save. With
    /// <paramref name="assigneeId"/> the ticket goes to that agent and no rule runs.
    /// </summary>
    public async Task<Ticket> AddAsync(
        CrmDbContext db, TicketDraft draft, Guid? assigneeId, CancellationToken cancellationToken)
    {
        var queue = await db.TicketQueues.AsNoTracking().SingleOrDefaultAsync(q => q.Id == draft.QueueId,
            cancellationToken) ?? throw QueueInvalid();
        if (!queue.IsActive || queue.TeamId != draft.TeamId)
        {
            throw QueueInvalid();
        }

        var number = await TicketNumberAllocator.NextAsync(db, cancellationToken);
        var ticket = Ticket.Create(Guid.CreateVersion7(), number, draft, actor.UserId, Now);
        var decision = assigneeId is { } chosen
            ? Chosen(ticket, chosen)
            : await RouteAsync(db, ticket, queue.Name, cancellationToken);
        await NotifyAsync(db, ticket, queue, cancellationToken);
        await sla.ApplyAsync(db, ticket, cancellationToken);

        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        TicketsLog.Arrived(
            logger, ticket.Id, ticket.Number, ticket.Channel.ToString(), ticket.QueueId, decision?.Rule?.Id,
            ticket.AssigneeId);

        return ticket;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private AssignmentDecision? Chosen(Ticket ticket, Guid assigneeId)
    {
        ticket.ArriveAssigned(assigneeId, actor.UserId ?? assigneeId, Now);

        return null;
    }

    private async Task<AssignmentDecision> RouteAsync(
        CrmDbContext db, Ticket ticket, string queueName, CancellationToken cancellationToken)
    {
        var account = ticket.AccountId is { } accountId
            ? await db.Accounts.Where(a => a.Id == accountId)
                .Select(a => new AccountTraits(a.Tier.ToString(), a.Region, a.Industry.ToString()))
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var decision = await engine.DecideAsync(db, ticket.ToAssignmentSubject(queueName, account), cancellationToken);
        ticket.Route(decision, Now);

        return decision;
    }

    // A rule is nobody, so notices of routing carry no actor; whoever typed the ticket in sees
    // where it went and needs no notice of it.
    private async Task NotifyAsync(
        CrmDbContext db, Ticket ticket, TicketQueue queue, CancellationToken cancellationToken)
    {
        var label = Label(ticket);
        if (ticket.AssigneeId is { } assigneeId)
        {
            notifications.Add(db, NotificationDraft.TicketAssigned(assigneeId, ticket.Id, label, ActorOf(ticket)));
            return;
        }

        var lead = await db.Teams.Where(t => t.Id == queue.TeamId).Select(t => t.ManagerId)
            .FirstOrDefaultAsync(cancellationToken);
        if (lead is null)
        {
            TicketsLog.QueuedWithoutLead(logger, ticket.Id, queue.Id, queue.TeamId);
            return;
        }

        notifications.Add(db, NotificationDraft.TicketQueued(lead.Value, ticket.Id, label, queue.Name, null));
    }

    private static Guid? ActorOf(Ticket ticket) => ticket.AssignedById;

    /// <summary>How notices name a ticket: its number and subject.</summary>
    internal static string Label(Ticket ticket) => $"{TicketNumbers.Format(ticket.Number)} {ticket.Subject}";

    private static DomainException QueueInvalid() =>
        new("Queue.invalid", "Choose an active queue.", "Queue");
}
