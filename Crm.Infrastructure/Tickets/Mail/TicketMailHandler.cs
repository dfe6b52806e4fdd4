using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>
/// Turns received mail into tickets: a reply to a ticket's mail (by the headers naming a mail of
/// its thread, else by the <c>[#10234]</c> subject tag) lands on that ticket, any other mail
/// opens one, and a mail to a closed ticket opens a linked follow-up. A mail delivered twice
/// changes nothing the second time. Attachments are kept with the message; a file the store
/// refuses is noted on the message instead of failing the mail. A mail that cannot be a ticket
/// is rejected with <see cref="MalformedMailException"/>.
/// </summary>
internal sealed class TicketMailHandler(
    ICustomerTickets tickets, IMailThreadIndex threads, IAttachmentStore store, AttachmentKeeper keeper,
    IDbContextFactory<CrmDbContext> contexts, ILogger<TicketMailHandler> logger) : IInboundMailHandler
{
    public async Task HandleAsync(InboundMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var sender = Sender(mail);
        var text = (mail.ReplyText.Length > 0 ? mail.ReplyText : mail.FullText).Trim();
        var topic = TicketNumbers.Topic(mail.Subject);
        if (topic.Length == 0 && text.Length == 0 && mail.Attachments.Count == 0)
        {
            throw new MalformedMailException("The mail has neither a subject nor any text: there is nothing to file.");
        }

        var (staged, refused) = await StageAsync(mail, cancellationToken);
        try
        {
            var ticketId = await ThreadOfAsync(mail, cancellationToken);
            var result = ticketId is { } id
                ? await tickets.AddMessageAsync(id, new CustomerMessage(sender, Body(text))
                {
                    MailMessageId = mail.Key, Attachments = staged, RefusedFiles = refused,
                }, cancellationToken)
                : await tickets.OpenAsync(new CustomerRequest(sender, Subject(topic, text), text, TicketChannel.Email)
                {
                    MailMessageId = mail.Key, Attachments = staged, RefusedFiles = refused,
                }, cancellationToken);
            TicketMailLog.MailHandled(logger, mail.Key, result.TicketId, result.Opened, result.Duplicate);
            Discard(result.Duplicate ? staged : []);
        }
        catch (DomainException ex) when (ex.Field is "Email" or "RequesterEmail" or "AuthorEmail")
        {
            Discard(staged);
            throw new MalformedMailException($"The sender's address cannot be answered: {ex.Message}", ex);
        }
        catch
        {
            Discard(staged);
            throw;
        }
    }

    private static CustomerSender Sender(InboundMail mail)
    {
        var address = mail.From.Address.Trim();
        if (address.Length == 0 || !address.Contains('@', StringComparison.Ordinal))
        {
            throw new MalformedMailException("The mail has no sender address to answer: its From header holds none.");
        }

        return new CustomerSender(address, string.IsNullOrWhiteSpace(mail.From.Name) ? null : mail.From.Name.Trim());
    }

    // The headers name a mail the CRM sent or received for a ticket; else the tag names the ticket.
    private async Task<Guid?> ThreadOfAsync(InboundMail mail, CancellationToken cancellationToken)
    {
        var match = await threads.MatchAsync(mail, cancellationToken);
        if (match.Record is { Kind: RecordKind.Ticket } record)
        {
            return record.Id;
        }

        if (match.TicketNumber is not { } number)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await db.Tickets.Where(t => t.Number == number).Select(t => (Guid?)t.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<(List<StagedAttachment> Staged, List<RefusedFile> Refused)> StageAsync(
        InboundMail mail, CancellationToken cancellationToken)
    {
        var (staged, refused) = (new List<StagedAttachment>(), new List<RefusedFile>());
        foreach (var file in mail.Attachments.Where(a => !a.IsInline))
        {
            if (staged.Count >= keeper.Limits.MaxFilesPerMessage)
            {
                refused.Add(new RefusedFile(file.FileName, "too many files for one message"));
                continue;
            }

            try
            {
                await using var content = file.OpenRead();
                staged.Add(await store.StageAsync(file.FileName, content, cancellationToken));
            }
            catch (DomainException ex)
            {
                TicketMailLog.AttachmentRefused(logger, mail.Key, ex.Code);
                refused.Add(new RefusedFile(file.FileName, ex.Message));
            }
        }

        return (staged, refused);
    }

    private void Discard(IEnumerable<StagedAttachment> staged)
    {
        foreach (var file in staged)
        {
            store.Discard(file.Token);
        }
    }

    // A reply of files only still says something: that files came.
    private static string Body(string text) => text.Length > 0 ? text : "（附件 / attachments）";

    private static string Subject(string topic, string text)
    {
        if (topic.Length > 0)
        {
            return topic;
        }

        var firstLine = text.ReplaceLineEndings("\n").Split('\n')[0].Trim();

        return firstLine.Length > 0 ? firstLine : "（无主题 / no subject）";
    }
}
