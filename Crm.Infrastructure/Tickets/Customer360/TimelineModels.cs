using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Activities;

namespace Crm.Infrastructure.Tickets.Customer360;

/// <summary>What happened to a ticket that its customer's timeline shows.</summary>
public enum TicketTimelineEvent
{
    Opened = 1,
    Resolved = 2,
}

/// <summary>
/// A ticket's opening or one of its resolutions on the customer's timeline. <see cref="Id"/> is
/// the status history row's id; <see cref="Status"/>, <see cref="Priority"/> are the ticket's now.
/// </summary>
public sealed record TicketTimelineEntry(
    Guid Id,
    Guid TicketId,
    int Number,
    string Subject,
    TicketTimelineEvent Event,
    TicketChannel Channel,
    TicketPriority Priority,
    TicketStatus Status,
    string? ByName,
    DateTime At);

/// <summary>
/// Which ticket entries a timeline shows: the account's, only one contact's, or only those of
/// the tickets linked to <see cref="Related"/> (an opportunity; other kinds have none), newest
/// first after <see cref="After"/>.
/// </summary>
public sealed record TicketTimelineQuery(
    Guid AccountId,
    Guid? ContactId = null,
    RecordLink? Related = null,
    TimelineCursor? After = null,
    int PageSize = 20);

/// <summary>A page of ticket entries; <see cref="Next"/> is null when there is nothing older.</summary>
public sealed record TicketTimelinePage(IReadOnlyList<TicketTimelineEntry> Items, TimelineCursor? Next);

/// <summary>
/// The customer timeline, activities and tickets together. An empty filter shows both; with a
/// filter, the activity kinds in <see cref="Kinds"/> and, with <see cref="Tickets"/>, the tickets.
/// <see cref="After"/> is the <see cref="CustomerTimelinePage.Next"/> of the previous page.
/// </summary>
public sealed record CustomerTimelineQuery(
    Guid AccountId,
    Guid? ContactId = null,
    RecordLink? Related = null,
    IReadOnlyCollection<ActivityKind>? Kinds = null,
    bool Tickets = false,
    CustomerTimelineCursor? After = null,
    int PageSize = 20)
{
    internal bool Unfiltered => Kinds is not { Count: > 0 } && !Tickets;

    internal bool ShowsActivities => Unfiltered || Kinds is { Count: > 0 };

    internal bool ShowsTickets => Unfiltered || Tickets;
}

/// <summary>
/// Where each source of the timeline stands: <c>null</c> when it has nothing more to give,
/// otherwise after which entry it continues (<see cref="SourceCursor.Start"/> before the first).
/// </summary>
public sealed record CustomerTimelineCursor(SourceCursor? Activities, SourceCursor? Tickets);

/// <summary>One source's position: after the entry with this time and id, or from the start.</summary>
public sealed record SourceCursor(TimelineCursor? After)
{
    public static readonly SourceCursor Start = new((TimelineCursor?)null);
}

/// <summary>An activity or a ticket entry; exactly one of the two is set.</summary>
public sealed record CustomerTimelineItem(ActivityItem? Activity, TicketTimelineEntry? Ticket)
{
    public DateTime At => Activity?.OccurredAt ?? Ticket!.At;

    /// <summary>Unique across both sources (a status history row and an activity never share an id).</summary>
    public Guid Key => Activity?.Id ?? Ticket!.Id;
}

/// <summary>A page of the merged timeline; <see cref="Next"/> is null when both sources are done.</summary>
public sealed record CustomerTimelinePage(IReadOnlyList<CustomerTimelineItem> Items, CustomerTimelineCursor? Next);
