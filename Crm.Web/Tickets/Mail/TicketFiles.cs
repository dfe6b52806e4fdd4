using Crm.Infrastructure.Attachments;

namespace Crm.Web.Tickets;

/// <summary>A ticket's files grouped by the conversation entry they came with (null: the ticket's opening).</summary>
public sealed class TicketFiles
{
    public static readonly TicketFiles None = new([]);

    private readonly ILookup<Guid?, AttachmentItem> _byMessage;

    private TicketFiles(IEnumerable<AttachmentItem> items)
    {
        _byMessage = items.ToLookup(i => i.MessageId);
    }

    public static TicketFiles ByMessage(RecordAttachments attachments) => new(attachments.Items);

    public IReadOnlyList<AttachmentItem> Of(Guid? messageId) => [.. _byMessage[messageId]];
}
