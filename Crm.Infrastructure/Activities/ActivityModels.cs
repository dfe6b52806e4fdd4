using Crm.Domain.Activities;
using Crm.Domain.Common;

namespace Crm.Infrastructure.Activities;

/// <summary>
/// Which activities a timeline shows, newest first. Without <see cref="AccountId"/> it spans
/// every visible account. <see cref="After"/> is the <see cref="TimelinePage.Next"/> of the
/// previous page; an empty or null <see cref="Kinds"/> means every kind. <see cref="Related"/>
/// keeps the activities about one record (an opportunity's timeline).
/// </summary>
public sealed record TimelineQuery(
    Guid? AccountId = null,
    Guid? ContactId = null,
    IReadOnlyCollection<ActivityKind>? Kinds = null,
    TimelineCursor? After = null,
    int PageSize = 20,
    RecordLink? Related = null);

/// <summary>Where the next page starts: after the activity with this time and id.</summary>
public sealed record TimelineCursor(DateTime OccurredAt, Guid Id);

/// <summary>A page of the timeline; <see cref="Next"/> is null when there is nothing older.</summary>
public sealed record TimelinePage(IReadOnlyList<ActivityItem> Items, TimelineCursor? Next);

/// <summary>One timeline entry with the names a reader needs. Times are UTC.</summary>
public sealed record ActivityItem(
    Guid Id,
    int Version,
    Guid AccountId,
    string AccountName,
    Guid? ContactId,
    string? ContactName,
    ActivityKind Kind,
    ActivityDirection Direction,
    DateTime OccurredAt,
    TimeSpan? Duration,
    ActivityOutcome Outcome,
    string Subject,
    string? Body,
    Guid LoggedById,
    string LoggedByName,
    bool CanChange)
{
    public ActivityEntry ToEntry() => new(Kind, Direction, OccurredAt, Duration, Outcome, Subject, Body);
}
