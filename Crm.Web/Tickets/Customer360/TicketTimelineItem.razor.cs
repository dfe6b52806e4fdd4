using System.Globalization;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tickets.Customer360;

/// <summary>
/// "Ticket #12397 opened: …" or "… resolved: …" on a customer's timeline, linking to the
/// ticket, with its status and priority as they are now and the channel it came by.
/// </summary>
public sealed partial class TicketTimelineItem
{
    [Parameter, EditorRequired]
    public TicketTimelineEntry Entry { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customer360Text> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<TicketText> TicketText { get; set; } = default!;

    private bool Resolved => Entry.Event == TicketTimelineEvent.Resolved;

    private string Href => $"/tickets/{Entry.Number.ToString(CultureInfo.InvariantCulture)}";

    private string Title => string.Format(
        CultureInfo.CurrentCulture, Text[Resolved ? "Timeline.Resolved" : "Timeline.Opened"],
        TicketNumbers.Format(Entry.Number), Entry.Subject);

    private string Facts
    {
        get
        {
            var channel = TicketText[$"Channel.{Entry.Channel}"].Value;

            return Resolved && Entry.ByName is { } by
                ? $"{channel} · {string.Format(CultureInfo.CurrentCulture, Text["Timeline.ResolvedBy"], by)}"
                : channel;
        }
    }

    private DateTime Local => Zone.ToLocal(Entry.At);

    private string ShortTime => Local.ToString("t", CultureInfo.CurrentCulture);

    private string LongTime => Local.ToString("f", CultureInfo.CurrentCulture);
}
