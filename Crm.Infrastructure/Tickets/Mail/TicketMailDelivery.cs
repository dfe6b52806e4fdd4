using Crm.Domain.Common;
using Crm.Infrastructure.Mail;
using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tickets.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>
/// Sends queued ticket mail (<see cref="OutgoingTicketMail"/>) through the foundation's
/// <see cref="IMailSender"/>, after the commit that queued it and never inside a transaction.
/// Each mail is claimed before it is sent, so two servers do not both send it; a failure is
/// logged and tried again later; each sent Message-Id joins the ticket's thread
/// (<see cref="IMailThreadIndex"/>) and the next mail of the ticket answers it (In-Reply-To,
/// References), so mail clients show one conversation. Delivery is at least once: a crash
/// between sending and recording sends that mail again after the claim lapses.
/// </summary>
internal sealed class TicketMailDelivery(
    IDbContextFactory<CrmDbContext> contexts, IMailSender sender, IMailThreadIndex threads,
    IOptions<TicketMailOptions> options, TimeProvider clock, ILogger<TicketMailDelivery> logger,
    SatisfactionSurveyMail surveys)
{
    private const int BatchSize = 20;
    private const int ThreadLength = 10;

    // Long enough for a slow SMTP server; a claim older than this was lost with its server.
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Sends the mails that are due; returns how many went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var due = await DueAsync(cancellationToken);
        var sent = 0;
        foreach (var mail in due)
        {
            if (await ClaimAsync(mail, cancellationToken) && await SendAsync(mail.Id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<List<(Guid Id, DateTime? NextAttemptAt)>> DueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = Now;
        var rows = await db.Set<OutgoingTicketMail>().AsNoTracking()
            .Where(m => m.NextAttemptAt != null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(BatchSize)
            .Select(m => new { m.Id, m.NextAttemptAt }).ToListAsync(cancellationToken);

        return [.. rows.Select(r => (r.Id, r.NextAttemptAt))];
    }

    // Moves the due moment past the claim's lifetime; only the server whose update lands sends.
    private async Task<bool> ClaimAsync((Guid Id, DateTime? NextAttemptAt) mail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var until = Now + ClaimLifetime;

        return await db.Set<OutgoingTicketMail>()
            .Where(m => m.Id == mail.Id && m.NextAttemptAt == mail.NextAttemptAt)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, until), cancellationToken) == 1;
    }

    private async Task<bool> SendAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mail = await db.Set<OutgoingTicketMail>().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            if (await ComposeAsync(db, mail, cancellationToken) is not { } message)
            {
                mail.Dropped("The satisfaction survey is no longer open.", Now);
                await db.SaveChangesAsync(CancellationToken.None);
                SatisfactionSurveyMail.Dropped(logger, mail);

                return false;
            }

            var messageId = await sender.SendAsync(message, cancellationToken);
            mail.Sent(messageId, Now);
            await db.SaveChangesAsync(CancellationToken.None);
            await threads.RememberAsync(
                messageId, new RecordLink(RecordKind.Ticket, mail.TicketId), CancellationToken.None);
            TicketMailLog.Sent(logger, mail.Id, mail.Kind.ToString(), mail.TicketId, messageId);

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await FailedAsync(db, mail, ex);

            return false;
        }
    }

    private async Task FailedAsync(CrmDbContext db, OutgoingTicketMail mail, Exception error)
    {
        var max = Math.Max(1, options.Value.MaxSendAttempts);
        mail.Failed(error.Message, Now, max);
        await db.SaveChangesAsync(CancellationToken.None);
        TicketMailLog.SendFailed(logger, mail.Id, mail.TicketId, mail.Attempts, max, error);
        if (mail.NextAttemptAt is null)
        {
            TicketMailLog.GaveUp(logger, mail.Id, mail.TicketId, mail.Attempts);
        }
    }

    private async Task<MailMessage?> ComposeAsync(
        CrmDbContext db, OutgoingTicketMail mail, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Id == mail.TicketId)
            .Select(t => new { t.Number, t.Subject }).SingleAsync(cancellationToken);
        var message = mail.Kind switch
        {
            TicketMailKind.Acknowledgement => TicketMails.Acknowledgement(
                ticket.Number, ticket.Subject, mail.ToAddress, mail.ToName, mail.Language),
            TicketMailKind.Satisfaction => await surveys.ComposeAsync(
                db, mail, ticket.Number, ticket.Subject, cancellationToken),
            _ => await ReplyAsync(db, mail, ticket.Number, ticket.Subject, cancellationToken),
        };
        if (message is null)
        {
            return null;
        }

        var thread = await ThreadAsync(db, mail.TicketId, cancellationToken);

        return message with { InReplyTo = thread.LastOrDefault(), References = thread };
    }

    private static async Task<MailMessage> ReplyAsync(
        CrmDbContext db, OutgoingTicketMail mail, int number, string subject, CancellationToken cancellationToken)
    {
        var body = await db.TicketMessages.AsNoTracking().Where(m => m.Id == mail.TicketMessageId)
            .Select(m => m.Body)
            .SingleAsync(cancellationToken);

        return TicketMails.Reply(number, subject, body, mail.ToAddress, mail.ToName, mail.Language);
    }

    // The ticket's mails so far, received and sent, oldest first: the newest is the one answered.
    private static async Task<IReadOnlyList<string>> ThreadAsync(
        CrmDbContext db, Guid ticketId, CancellationToken cancellationToken)
    {
        var ids = await db.Set<MailThreadLink>().AsNoTracking()
            .Where(l => l.Record.Kind == RecordKind.Ticket && l.Record.Id == ticketId)
            .OrderByDescending(l => l.RememberedAt).Take(ThreadLength)
            .Select(l => l.MessageId).ToListAsync(cancellationToken);
        ids.Reverse();

        return ids;
    }
}
