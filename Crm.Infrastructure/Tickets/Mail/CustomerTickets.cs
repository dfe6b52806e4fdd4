using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Tickets.Mail;

internal sealed class CustomerTickets(
    IDbContextFactory<CrmDbContext> contexts, TicketIntake intake, AttachmentKeeper keeper, TicketMailQueue mails,
    IOptions<TicketMailOptions> options, TimeProvider clock, ILogger<CustomerTickets> logger) : ICustomerTickets
{
    public async Task<CustomerTicketResult> OpenAsync(
        CustomerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sender = CheckedSender(request.From);
        var language = TicketMailLanguage.Supported(request.Language)
            ?? TicketMailLanguage.Of($"{request.Subject} {request.Description}");

        var result = await KeepingAsync(request.Attachments, async (db, keep) =>
        {
            if (await SeenAsync(db, request.MailMessageId, cancellationToken) is { } seen)
            {
                return seen;
            }

            var queue = await IntakeQueueAsync(db, cancellationToken);
            var customer = await CustomerMatch.FindAsync(db, sender.Email, cancellationToken);
            var draft = new TicketDraft(
                Clip(request.Subject, Ticket.MaxSubjectLength), Description(request, customer), request.Channel,
                request.Category, queue.DefaultPriority ?? TicketPriority.Medium, queue.Id, queue.TeamId)
            {
                AccountId = customer.AccountId,
                ContactId = customer.ContactId,
                RequesterName = sender.Name ?? customer.ContactName,
                RequesterEmail = sender.Email,
            };

            return await ArriveAsync(db, draft, request.MailMessageId, language, keep, cancellationToken);
        }, cancellationToken);
        mails.Wake();

        return result;
    }

    public async Task<CustomerTicketResult> AddMessageAsync(
        Guid ticketId, CustomerMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = CheckedSender(message.From);
        var body = Clip(Noted(message.Body, message.RefusedFiles), TicketMessage.MaxBodyLength);

        var result = await KeepingAsync(message.Attachments, async (db, keep) =>
        {
            if (await SeenAsync(db, message.MailMessageId, cancellationToken) is { } seen)
            {
                return seen;
            }

            var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
                ?? throw new NotFoundException("Ticket", ticketId);
            if (ticket.CustomerReplyTarget == CustomerReplyTarget.NewLinkedTicket)
            {
                var draft = await ActiveQueueAsync(db, ticket.FollowUpDraft(
                    Clip(body, Ticket.MaxDescriptionLength)), cancellationToken);
                var language = TicketMailLanguage.Of($"{ticket.Subject} {body}");
                TicketMailLog.FollowUp(logger, ticket.Id);

                return await ArriveAsync(db, draft, message.MailMessageId, language, keep, cancellationToken);
            }

            var entry = ticket.AddCustomerMessage(sender.Name, sender.Email, body, Now);
            await keep(db, new RecordLink(RecordKind.Ticket, ticket.Id), entry.Id);
            Remember(db, message.MailMessageId, ticket.Id);
            await db.SaveChangesAsync(cancellationToken);
            TicketMailLog.CustomerWrote(logger, ticket.Id, entry.Id);

            return new CustomerTicketResult(ticket.Id, ticket.Number, entry.Id, Opened: false);
        }, cancellationToken);
        mails.Wake();

        return result;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<CustomerTicketResult> ArriveAsync(
        CrmDbContext db, TicketDraft draft, string? mailMessageId, string language,
        Func<CrmDbContext, RecordLink, Guid?, Task> keep, CancellationToken cancellationToken)
    {
        var ticket = await intake.AddAsync(db, draft, null, cancellationToken);
        await keep(db, new RecordLink(RecordKind.Ticket, ticket.Id), null);
        Remember(db, mailMessageId, ticket.Id);
        mails.Acknowledge(db, ticket, language);
        await db.SaveChangesAsync(cancellationToken);

        return new CustomerTicketResult(ticket.Id, ticket.Number, null, Opened: true);
    }

    // Runs the work in one transaction; files moved into place for it are moved back if it fails.
    private async Task<CustomerTicketResult> KeepingAsync(
        IReadOnlyList<StagedAttachment> files,
        Func<CrmDbContext, Func<CrmDbContext, RecordLink, Guid?, Task>, Task<CustomerTicketResult>> work,
        CancellationToken cancellationToken)
    {
        KeptAttachments? kept = null;
        try
        {
            return await contexts.InAssigningTransactionAsync(db => work(db, async (context, owner, messageId) =>
            {
                kept?.Undo();
                kept = files.Count == 0
                    ? null
                    : await keeper.KeepAsync(context, null, owner, messageId, files, cancellationToken);
            }), logger, cancellationToken);
        }
        catch
        {
            kept?.Undo();
            throw;
        }
    }

    // A mail delivered again (at-least-once delivery) finds its Message-Id already linked to a ticket.
    private static async Task<CustomerTicketResult?> SeenAsync(
        CrmDbContext db, string? mailMessageId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(mailMessageId))
        {
            return null;
        }

        var key = InboundMailReceipt.StoredKey(mailMessageId);
        var ticketId = await db.Set<MailThreadLink>().AsNoTracking()
            .Where(l => l.MessageId == key && l.Record.Kind == RecordKind.Ticket)
            .Select(l => (Guid?)l.Record.Id).FirstOrDefaultAsync(cancellationToken);
        if (ticketId is not { } id)
        {
            return null;
        }

        var number = await db.Tickets.Where(t => t.Id == id).Select(t => t.Number).FirstAsync(cancellationToken);

        return new CustomerTicketResult(id, number, null, Opened: false, Duplicate: true);
    }

    // The received mail joins the ticket's thread: its replies to our mail, or ours to it, match.
    private void Remember(CrmDbContext db, string? mailMessageId, Guid ticketId)
    {
        if (!string.IsNullOrWhiteSpace(mailMessageId))
        {
            db.Add(new MailThreadLink(
                InboundMailReceipt.StoredKey(mailMessageId), new RecordLink(RecordKind.Ticket, ticketId), Now));
        }
    }

    private async Task<TicketQueue> IntakeQueueAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var active = db.TicketQueues.AsNoTracking().Where(q => q.IsActive);
        var named = options.Value.IntakeQueue.Trim();
        var queue = named.Length > 0
            ? await active.FirstOrDefaultAsync(q => q.Name == named, cancellationToken)
            : null;

        return queue ?? await active.OrderBy(q => q.Name).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("Queue.none", "No active queue takes tickets from customers.", "Queue");
    }

    // A follow-up goes where its closed ticket was, unless that queue has been closed meanwhile.
    private async Task<TicketDraft> ActiveQueueAsync(
        CrmDbContext db, TicketDraft draft, CancellationToken cancellationToken)
    {
        if (await db.TicketQueues.AnyAsync(q => q.Id == draft.QueueId && q.IsActive, cancellationToken))
        {
            return draft;
        }

        var queue = await IntakeQueueAsync(db, cancellationToken);

        return draft with { QueueId = queue.Id, TeamId = queue.TeamId };
    }

    private static CustomerSender CheckedSender(CustomerSender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var email = sender.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            throw new DomainException("Email.required", "Email is required.", "Email");
        }

        if (email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed)
            || parsed.Address != email)
        {
            throw new DomainException("Email.invalid", "Email is not a valid email address.", "Email");
        }

        var name = Clip(sender.Name?.Trim() ?? "", 100);

        return new CustomerSender(email, name.Length > 0 ? name : null);
    }

    private static string? Description(CustomerRequest request, CustomerMatch customer)
    {
        var text = request.Description ?? "";
        if (customer.AccountId is null && !string.IsNullOrWhiteSpace(request.Company))
        {
            text = $"{text.TrimEnd()}\n\n{CustomerNotes.Company(request.Company.Trim())}".Trim();
        }

        return Clip(Noted(text, request.RefusedFiles), Ticket.MaxDescriptionLength);
    }

    private static string Noted(string text, IReadOnlyList<RefusedFile> refused) =>
        refused.Count == 0 ? text : $"{text.TrimEnd()}\n\n{CustomerNotes.Refused(refused)}".Trim();

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
