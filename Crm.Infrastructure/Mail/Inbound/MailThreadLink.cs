using Crm.Domain.Common;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>A mail the CRM sent, by Message-Id, and the record it was about (a ticket's reply).</summary>
internal sealed class MailThreadLink
{
    private MailThreadLink()
    {
        MessageId = "";
        Record = null!;
    }

    internal MailThreadLink(string messageId, RecordLink record, DateTime at)
    {
        MessageId = messageId;
        Record = record;
        RememberedAt = at;
    }

    /// <summary>Stored as <see cref="InboundMailReceipt.StoredKey"/> makes it: no angle brackets.</summary>
    public string MessageId { get; private set; }

    public RecordLink Record { get; private set; }

    public DateTime RememberedAt { get; private set; }
}
