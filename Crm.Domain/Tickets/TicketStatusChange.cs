namespace Crm.Domain.Tickets;

/// <summary>
/// One entry of a ticket's status history: it entered <see cref="ToStatus"/> at <see cref="At"/>
/// from <see cref="FromStatus"/> (null on the creation entry), by <see cref="ById"/> (null when
/// the customer or the system caused it). The history is complete and append-only, so the time a
/// ticket spent in each status, the SLA pauses among them, can be computed from it alone.
/// </summary>
public sealed class TicketStatusChange
{
    private TicketStatusChange()
    {
    }

    internal TicketStatusChange(
        Guid ticketId, int sequence, TicketStatus? from, TicketStatus to, Guid? byId, DateTime at)
    {
        Id = Guid.CreateVersion7();
        TicketId = ticketId;
        Sequence = sequence;
        FromStatus = from;
        ToStatus = to;
        ById = byId;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid TicketId { get; private set; }

    /// <summary>1 for the creation entry, then one more for every change.</summary>
    public int Sequence { get; private set; }

    public TicketStatus? FromStatus { get; private set; }

    public TicketStatus ToStatus { get; private set; }

    public Guid? ById { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>Whether the SLA clock stands still while a ticket is in <paramref name="status"/>.</summary>
    public static bool PausesSla(TicketStatus status) =>
        status is TicketStatus.PendingCustomer or TicketStatus.OnHold;
}
