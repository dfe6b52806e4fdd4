using Crm.Domain.Common;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// Remembers which record each mail the CRM sent was about, so a reply (whose In-Reply-To and
/// References name the mail it answers) finds its way back even when the customer's client
/// dropped the <c>[#10234]</c> tag from the subject. Table <c>MailThreadLinks</c>.
/// </summary>
public interface IMailThreadIndex
{
    /// <summary>
    /// Records that the sent mail <paramref name="messageId"/> (as <see cref="IMailSender.SendAsync"/>
    /// returns it; angle brackets are removed) was about <paramref name="record"/>. Remembering
    /// an id again keeps the first record; an empty id is ignored.
    /// </summary>
    Task RememberAsync(string messageId, RecordLink record, CancellationToken cancellationToken = default);

    /// <summary>
    /// The record of the first of <paramref name="messageIds"/> that the CRM sent, in the order
    /// given (pass the most direct first: In-Reply-To, then References newest first); null when
    /// none of them is known.
    /// </summary>
    Task<RecordLink?> FindAsync(IEnumerable<string> messageIds, CancellationToken cancellationToken = default);
}

/// <summary>What a received mail says about the thread it belongs to.</summary>
/// <param name="TicketNumber">The number of the <c>[#10234]</c> subject tag, when there is one.</param>
/// <param name="Record">The record of a sent mail the headers refer to, when there is one.</param>
public sealed record MailThreadMatch(int? TicketNumber, RecordLink? Record)
{
    public bool IsEmpty => TicketNumber is null && Record is null;
}
