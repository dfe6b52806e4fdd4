using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Analytics.Service;

/// <summary>
/// One ticket behind a clicked chart segment, as the records list shows it. Status, priority,
/// channel and assignee are the fact table's (what the figure counted); <see cref="OpenedAt"/> is UTC.
/// </summary>
public sealed record TicketRecord(
    Guid Id,
    int Number,
    string Subject,
    string AccountName,
    TicketStatus Status,
    TicketPriority Priority,
    TicketChannel Channel,
    string AssigneeName,
    DateTime OpenedAt);
