using Crm.Domain.Common;

namespace Crm.Domain.FollowUps;

/// <summary>Something a person has promised to do by a certain time, about a certain record.</summary>
public sealed class FollowUpTask : AggregateRoot
{
    private FollowUpTask(Guid id)
        : base(id)
    {
        Subject = "";
    }

    public string Subject { get; private set; }

    /// <summary>When it is due, in UTC.</summary>
    public DateTime DueAt { get; private set; }

    public Guid AssigneeId { get; private set; }

    /// <summary>The account whose 360 view lists the task, when it concerns a customer.</summary>
    public Guid? AccountId { get; private set; }

    public RecordLink? Related { get; private set; }

    public bool IsDone { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public static FollowUpTask Create(
        Guid id, string subject, DateTime dueAt, Guid assigneeId, Guid? accountId, RecordLink? related, DateTime at)
    {
        var task = new FollowUpTask(id)
        {
            Subject = Guard.Required(subject, nameof(Subject), 200),
            DueAt = Clock.Utc(dueAt),
            AssigneeId = Guard.NotEmpty(assigneeId, "Assignee"),
            AccountId = accountId,
            Related = related,
        };
        task.Record(new FollowUpTaskChanged(id, 1, Clock.Utc(at), task.AssigneeId, accountId));

        return task;
    }

    public void Reschedule(DateTime dueAt, DateTime at)
    {
        DueAt = Clock.Utc(dueAt);
        Changed(at);
    }

    public void Reassign(Guid assigneeId, DateTime at)
    {
        AssigneeId = Guard.NotEmpty(assigneeId, "Assignee");
        Changed(at);
    }

    /// <summary>Marks the task done; completing a done task changes nothing.</summary>
    public void Complete(DateTime at)
    {
        if (IsDone)
        {
            return;
        }

        IsDone = true;
        CompletedAt = Clock.Utc(at);
        Changed(at);
    }

    public void Reopen(DateTime at)
    {
        if (!IsDone)
        {
            return;
        }

        IsDone = false;
        CompletedAt = null;
        Changed(at);
    }

    private void Changed(DateTime at) =>
        Record(new FollowUpTaskChanged(Id, NextVersion, Clock.Utc(at), AssigneeId, AccountId));
}

public sealed record FollowUpTaskChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, Guid AssigneeId, Guid? AccountId) : IDomainEvent;
