using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Tickets;

/// <summary>
/// Ticket queues, for administrators (every queue) and support leads (the queues of the teams
/// they manage). Anyone else gets <see cref="ForbiddenException"/> on changes; listing is open to
/// everyone who works tickets. A queue belongs to a support team ("Team.invalid" otherwise) and
/// its name is unique ("Name.taken"). Updates check the version loaded
/// (<see cref="ConcurrencyConflictException"/>).
/// </summary>
public interface IQueueService
{
    /// <summary>Every queue with its team, inactive ones included, by name.</summary>
    Task<IReadOnlyList<QueueRow>> ListAsync(CancellationToken cancellationToken = default);

    Task<Guid> CreateAsync(QueueInput input, CancellationToken cancellationToken = default);

    Task UpdateAsync(Guid id, int expectedVersion, QueueInput input, CancellationToken cancellationToken = default);
}

/// <summary>A queue as the admin page edits it; an inactive queue takes no new tickets.</summary>
public sealed record QueueInput(string Name, Guid TeamId, TicketPriority? DefaultPriority, bool IsActive);

public sealed record QueueRow(
    Guid Id, int Version, string Name, Guid TeamId, string TeamName, TicketPriority? DefaultPriority, bool IsActive,
    int OpenTickets);
