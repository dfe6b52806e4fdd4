using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Leads;

namespace Crm.Domain.Tickets;

// The queue a ticket waits in, and who works it.
public sealed partial class Ticket
{
    public Guid QueueId { get; private set; }

    /// <summary>The support team that owns <see cref="QueueId"/>; moves with the queue.</summary>
    public Guid TeamId { get; private set; }

    /// <summary>The agent working the ticket; null while it waits in its queue.</summary>
    public Guid? AssigneeId { get; private set; }

    /// <summary>Why the ticket went to its assignee or stayed in the queue; null before routing.</summary>
    public AssignmentNote? Assignment { get; private set; }

    /// <summary>Who assigned it by hand; null when a rule decided.</summary>
    public Guid? AssignedById { get; private set; }

    public DateTime? AssignedAt { get; private set; }

    /// <summary>
    /// The ticket as the assignment engine reads it (<see cref="AssignmentFields"/>), with the
    /// queue's name and the account's tier, region and industry when it has an account.
    /// </summary>
    public AssignmentSubject ToAssignmentSubject(string queueName, AccountTraits? account) =>
        new(RecordKind.Ticket, new Dictionary<string, string?>
        {
            [AssignmentFields.Category] = Category.ToString(),
            [AssignmentFields.Priority] = Priority.ToString(),
            [AssignmentFields.Channel] = Channel.ToString(),
            [AssignmentFields.Queue] = queueName,
            [AssignmentFields.Tier] = account?.Tier,
            [AssignmentFields.Region] = account?.Region,
            [AssignmentFields.Industry] = account?.Industry,
        });

    /// <summary>
    /// Applies the engine's decision for an arriving ticket (before its first save): an assignee,
    /// or, for any other outcome, none: the ticket waits in its own queue. The note keeps the
    /// decision's rule, reason and skips. A ticket already routed or saved is refused.
    /// </summary>
    public void Route(AssignmentDecision decision, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        EnsureArriving();

        var note = AssignmentNote.Of(decision);
        var assignee = decision is { Outcome: AssignmentOutcome.Assigned, OwnerId: { } ownerId }
            ? ownerId
            : (Guid?)null;
        Place(assignee, note, null, at);
        Announce();
    }

    /// <summary>A ticket arrives with the assignee its creator chose (themselves, typically).</summary>
    public void ArriveAssigned(Guid assigneeId, Guid byId, DateTime at)
    {
        EnsureArriving();
        Place(Guard.NotEmpty(assigneeId, "Assignee"), AssignmentNote.Without(AssignmentNote.Reassigned),
            Guard.NotEmpty(byId, "By"), at);
        Announce();
    }

    /// <summary>
    /// Gives the ticket to <paramref name="assigneeId"/> by hand, or puts it back in its queue
    /// (null). The same assignee again changes nothing.
    /// </summary>
    public void AssignTo(Guid? assigneeId, Guid byId, DateTime at)
    {
        EnsureNotClosed();
        Guard.NotEmpty(byId, "By");
        if (assigneeId == AssigneeId)
        {
            return;
        }

        var previous = AssigneeId;
        var note = AssignmentNote.Without(assigneeId is null ? ReturnedToQueue : AssignmentNote.Reassigned);
        Place(assigneeId is { } id ? Guard.NotEmpty(id, "Assignee") : null, note, byId, at);
        Record(new TicketAssigned(
            Id, NextVersion, Clock.Utc(at), Number, QueueId, TeamId, AssigneeId, AccountId, previous, byId, ""));
    }

    /// <summary>"Assign to me": the agent takes the ticket.</summary>
    public void Take(Guid userId, DateTime at) => AssignTo(Guard.NotEmpty(userId, "Assignee"), userId, at);

    /// <summary>
    /// Moves the ticket to another queue. A queue of another team puts the ticket back in that
    /// team's queue without an assignee; within the team the assignee stays.
    /// </summary>
    public void MoveToQueue(Guid queueId, Guid teamId, Guid byId, DateTime at) =>
        Relocate(queueId, teamId, Guard.NotEmpty(byId, "By"), at);

    // A move by a person (byId) or by the system (null: an SLA escalation rule).
    private void Relocate(Guid queueId, Guid teamId, Guid? byId, DateTime at)
    {
        EnsureNotClosed();
        Guard.NotEmpty(queueId, "Queue");
        Guard.NotEmpty(teamId, "Team");
        if (queueId == QueueId)
        {
            return;
        }

        var (previousQueue, previousTeam, previousAssignee) = (QueueId, TeamId, AssigneeId);
        (QueueId, TeamId) = (queueId, teamId);
        if (teamId != previousTeam && AssigneeId is not null)
        {
            Place(null, AssignmentNote.Without(ReturnedToQueue), byId, at);
        }

        Record(new TicketMovedToQueue(
            Id, NextVersion, Clock.Utc(at), Number, QueueId, TeamId, AssigneeId, AccountId, previousQueue,
            previousTeam, previousAssignee));
    }

    /// <summary>The reason code of a ticket put back in its queue by hand.</summary>
    public const string ReturnedToQueue = "manual.returned-to-queue";

    private void Place(Guid? assigneeId, AssignmentNote note, Guid? byId, DateTime at)
    {
        (AssigneeId, Assignment, AssignedById) = (assigneeId, note, byId);
        AssignedAt = Clock.Utc(at);
    }

    private void EnsureArriving()
    {
        if (Version > 0 || _announced)
        {
            throw new InvalidOperationException("Only an arriving ticket is routed.");
        }
    }

    private void Announce()
    {
        _announced = true;
        Record(new TicketCreated(
            Id, NextVersion, OpenedAt, Number, QueueId, TeamId, AssigneeId, AccountId, Status, Priority, Category,
            Channel));
    }
}

/// <summary>The account's traits the assignment rules of tickets can test, as stable names.</summary>
public sealed record AccountTraits(string? Tier, string? Region, string? Industry);
