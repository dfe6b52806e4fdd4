using Crm.Domain.Common;

namespace Crm.Domain.Activities;

/// <summary>
/// One interaction with a customer: a call, email, WeChat message, meeting, visit or note.
/// It always belongs to an account's timeline; it may also name a contact, and later
/// record types (opportunities, tickets) link through <see cref="Related"/>.
/// </summary>
public sealed class Activity : AggregateRoot
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(24);

    private Activity(Guid id, Guid accountId, Guid loggedById)
        : base(id)
    {
        AccountId = Guard.NotEmpty(accountId, "Account");
        LoggedById = Guard.NotEmpty(loggedById, "LoggedBy");
        Subject = "";
    }

    public Guid AccountId { get; private set; }

    public Guid? ContactId { get; private set; }

    /// <summary>A further record the activity is about (an opportunity, a ticket), if any.</summary>
    public RecordLink? Related { get; private set; }

    public Guid LoggedById { get; private set; }

    public ActivityKind Kind { get; private set; }

    public ActivityDirection Direction { get; private set; }

    /// <summary>When the interaction happened (UTC): business data, not the time it was typed in.</summary>
    public DateTime OccurredAt { get; private set; }

    public TimeSpan? Duration { get; private set; }

    public ActivityOutcome Outcome { get; private set; }

    public string Subject { get; private set; }

    public string? Body { get; private set; }

    /// <summary>
    /// Logs an activity. Throws <see cref="DomainException"/> when the subject is missing, the
    /// time lies in the future of <paramref name="now"/>, or the duration is negative or over a day.
    /// </summary>
    public static Activity Log(
        Guid id, Guid accountId, Guid? contactId, RecordLink? related, ActivityEntry entry, Guid loggedById,
        DateTime now)
    {
        var activity = new Activity(id, accountId, loggedById) { ContactId = contactId, Related = related };
        activity.Apply(entry, Clock.Utc(now));
        activity.Record(new ActivityLogged(id, 1, Clock.Utc(now), accountId, entry.Kind, activity.OccurredAt));

        return activity;
    }

    public void Correct(ActivityEntry entry, DateTime now)
    {
        Apply(entry, Clock.Utc(now));
        Record(new ActivityLogged(Id, NextVersion, Clock.Utc(now), AccountId, Kind, OccurredAt));
    }

    public void Delete(DateTime at)
    {
        MarkDeleted(at);
        Record(new ActivityLogged(Id, NextVersion, Clock.Utc(at), AccountId, Kind, OccurredAt));
    }

    private void Apply(ActivityEntry entry, DateTime now)
    {
        var occurredAt = Clock.Utc(entry.OccurredAt);
        if (occurredAt > now.AddMinutes(5))
        {
            throw new DomainException("OccurredAt.future", "An activity cannot happen in the future.", "OccurredAt");
        }

        if (entry.Duration is { } d && (d < TimeSpan.Zero || d > MaxDuration))
        {
            throw new DomainException("Duration.range", "Duration must be between 0 and 24 hours.", "Duration");
        }

        Kind = Enum.IsDefined(entry.Kind)
            ? entry.Kind
            : throw new DomainException("Kind.invalid", "Unknown activity kind.", "Kind");
        Direction = entry.Direction;
        Outcome = entry.Outcome;
        OccurredAt = occurredAt;
        Duration = entry.Duration;
        Subject = Guard.Required(entry.Subject, nameof(Subject), 200);
        Body = Guard.Optional(entry.Body, nameof(Body), 8000);
    }
}

public sealed record ActivityLogged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid AccountId, ActivityKind Kind, DateTime HappenedAt)
    : IDomainEvent;
