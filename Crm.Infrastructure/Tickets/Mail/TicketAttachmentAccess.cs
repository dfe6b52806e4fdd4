using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>
/// Files of a ticket (on its replies, notes and customer messages): visible to whoever sees the
/// ticket, added by whoever may work it; sales roles, who only read tickets, only read them.
/// </summary>
internal sealed class TicketAttachmentAccess(ITicketVisibility visibility) : IAttachmentOwnerAccess
{
    public RecordKind Kind => RecordKind.Ticket;

    public async Task<AttachmentRights> RightsAsync(
        CrmDbContext db, Actor actor, Guid ownerId, CancellationToken cancellationToken)
    {
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var tickets = await visibility.Tickets(db, access).Where(t => t.Id == ownerId)
            .Select(t => new { t.TeamId, t.AssigneeId }).ToListAsync(cancellationToken);

        return tickets is [var ticket]
            ? access.CanChange(ticket.TeamId, ticket.AssigneeId) ? AttachmentRights.ReadWrite : AttachmentRights.ReadOnly
            : AttachmentRights.None;
    }
}
