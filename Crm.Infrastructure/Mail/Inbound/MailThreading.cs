namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>Finds the thread a received mail continues, from its subject tag and its headers.</summary>
public static class MailThreading
{
    /// <summary>
    /// The ids a reply refers to, most direct first: In-Reply-To, then References from the
    /// newest back to the oldest, each once.
    /// </summary>
    public static IReadOnlyList<string> ReferencedIds(InboundMail mail)
    {
        var ids = new List<string>();
        if (mail.InReplyTo is { } inReplyTo)
        {
            ids.Add(inReplyTo);
        }

        ids.AddRange(mail.References.Reverse());

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The subject's ticket number and the record of a sent mail the headers refer to. Both may
    /// be present and disagree (a customer answering an old ticket's mail about a new matter);
    /// the header match names a mail the CRM sent, the tag is what the customer left in place.
    /// </summary>
    public static async Task<MailThreadMatch> MatchAsync(
        this IMailThreadIndex index, InboundMail mail, CancellationToken cancellationToken = default)
    {
        var record = await index.FindAsync(ReferencedIds(mail), cancellationToken);

        return new MailThreadMatch(mail.TicketNumber, record);
    }
}
