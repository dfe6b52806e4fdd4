using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>
/// Queues mail to the customer inside the caller's unit of work, so the mail exists exactly when
/// the change that calls for it was committed. <see cref="TicketMailDelivery"/> sends it after
/// the commit; <see cref="Wake"/> after the commit sends it at once.
/// </summary>
internal sealed class TicketMailQueue(TicketMailSignal signal, TimeProvider clock)
{
    /// <summary>Queues the acknowledgement of a ticket the customer opened, to its requester.</summary>
    public void Acknowledge(CrmDbContext db, Ticket ticket, string language)
    {
        if (ticket.RequesterEmail is { } to)
        {
            db.Add(new OutgoingTicketMail(
                ticket.Id, null, TicketMailKind.Acknowledgement, to, ticket.RequesterName, language, Now));
        }
    }

    /// <summary>
    /// Queues an agent's public reply to the customer: the requester's email, else the contact's.
    /// Returns false when the ticket has nobody to write to.
    /// </summary>
    public async Task<bool> ReplyAsync(
        CrmDbContext db, Ticket ticket, TicketMessage reply, CancellationToken cancellationToken)
    {
        var (to, name) = await RecipientAsync(db, ticket, cancellationToken);
        if (to is null)
        {
            return false;
        }

        db.Add(new OutgoingTicketMail(ticket.Id, reply.Id, TicketMailKind.Reply, to, name, LanguageOf(ticket), Now));

        return true;
    }

    /// <summary>
    /// Queues the satisfaction survey of a resolution, to the same recipient as replies.
    /// Returns false when the ticket has nobody to write to.
    /// </summary>
    public async Task<bool> SurveyAsync(CrmDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        var (to, name) = await RecipientAsync(db, ticket, cancellationToken);
        if (to is null)
        {
            return false;
        }

        db.Add(new OutgoingTicketMail(
            ticket.Id, null, TicketMailKind.Satisfaction, to, name, LanguageOf(ticket), Now));

        return true;
    }

    private static async Task<(string? To, string? Name)> RecipientAsync(
        CrmDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        if (ticket.RequesterEmail is not null || ticket.ContactId is not { } contactId)
        {
            return (ticket.RequesterEmail, ticket.RequesterName);
        }

        var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new { c.Email, c.Name }).FirstOrDefaultAsync(cancellationToken);

        return (contact?.Email, contact?.Name);
    }

    private static string LanguageOf(Ticket ticket) => TicketMailLanguage.Of($"{ticket.Subject} {ticket.Description}");

    /// <summary>Call after the commit: the sender looks for due mail now instead of at its next poll.</summary>
    public void Wake() => signal.Wake();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
