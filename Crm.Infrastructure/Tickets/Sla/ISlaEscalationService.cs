using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Tickets.Sla;

/// <summary>
/// The escalation rules: one cell per ticket priority and trigger (at risk, breached). Anyone
/// signed in reads them; only admins change them (<c>ForbiddenException</c> otherwise).
/// </summary>
public interface ISlaEscalationService
{
    /// <summary>Every cell, most urgent priority first, at risk before breached; empty cells do nothing.</summary>
    Task<IReadOnlyList<SlaEscalationView>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The active queues a rule may move tickets to, by name.</summary>
    Task<IReadOnlyList<NamedRef>> QueuesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves what the cell does. <paramref name="expectedVersion"/> is the version listed (0 for an
    /// empty cell); a stale one throws <c>ConcurrencyConflictException</c>. A queue that is not an
    /// active queue throws <c>DomainException</c> naming MoveToQueue.
    /// </summary>
    Task<SlaEscalationView> SaveAsync(
        TicketPriority priority, SlaEscalationTrigger trigger, int expectedVersion, SlaEscalationActions actions,
        CancellationToken cancellationToken = default);
}

/// <summary>One cell of the escalation grid; <see cref="Version"/> 0 for a cell never saved.</summary>
public sealed record SlaEscalationView(
    TicketPriority Priority, SlaEscalationTrigger Trigger, int Version, SlaEscalationActions Actions,
    string? MoveToQueueName);
