using Crm.Domain.Common;

namespace Crm.Domain.Tickets;

// The status and its history: see TicketStatusRules for what may follow what.
public sealed partial class Ticket
{
    public TicketStatus Status { get; private set; }

    /// <summary>When the ticket was last resolved; cleared when it reopens.</summary>
    public DateTime? ResolvedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>How many times a resolved ticket was reopened.</summary>
    public int ReopenCount { get; private set; }

    public bool IsOpen => TicketStatusRules.IsOpen(Status);

    /// <summary>An agent starts on the ticket, or takes it back from waiting, hold or escalation.</summary>
    public void Open(Guid byId, DateTime at) => MoveTo(TicketStatus.Open, Guard.NotEmpty(byId, "By"), at);

    /// <summary>The agent waits on the customer; the SLA clock pauses.</summary>
    public void WaitOnCustomer(Guid byId, DateTime at) =>
        MoveTo(TicketStatus.PendingCustomer, Guard.NotEmpty(byId, "By"), at);

    /// <summary>The ticket waits on something outside the customer (a supplier, a release); the clock pauses.</summary>
    public void PutOnHold(Guid byId, DateTime at) => MoveTo(TicketStatus.OnHold, Guard.NotEmpty(byId, "By"), at);

    public void Escalate(Guid byId, DateTime at) => MoveTo(TicketStatus.Escalated, Guard.NotEmpty(byId, "By"), at);

    /// <summary>The problem is solved; <see cref="ResolvedAt"/> is set.</summary>
    public void Resolve(Guid byId, DateTime at) => MoveTo(TicketStatus.Resolved, Guard.NotEmpty(byId, "By"), at);

    /// <summary>A resolved ticket is done for good; <see cref="ClosedAt"/> is set. Nothing changes it then.</summary>
    public void Close(Guid? byId, DateTime at) => MoveTo(TicketStatus.Closed, byId, at);

    /// <summary>An agent reopens a resolved ticket.</summary>
    public void Reopen(Guid byId, DateTime at)
    {
        EnsureStatus(TicketStatus.Resolved);
        MoveTo(TicketStatus.Open, Guard.NotEmpty(byId, "By"), at);
    }

    /// <summary>Moves to <paramref name="status"/> by the named method for it, for forms that offer a list.</summary>
    public void ChangeStatus(TicketStatus status, Guid byId, DateTime at)
    {
        switch (status)
        {
            case TicketStatus.Open when Status == TicketStatus.Resolved:
                Reopen(byId, at);
                break;
            case TicketStatus.Open:
                Open(byId, at);
                break;
            case TicketStatus.PendingCustomer:
                WaitOnCustomer(byId, at);
                break;
            case TicketStatus.OnHold:
                PutOnHold(byId, at);
                break;
            case TicketStatus.Escalated:
                Escalate(byId, at);
                break;
            case TicketStatus.Resolved:
                Resolve(byId, at);
                break;
            case TicketStatus.Closed:
                Close(byId, at);
                break;
            default:
                throw Refused(status);
        }
    }

    private void MoveTo(TicketStatus to, Guid? byId, DateTime at)
    {
        if (!TicketStatusRules.Allows(Status, to))
        {
            throw Refused(to);
        }

        var (from, when) = (Status, Clock.Utc(at));
        if (when < LastStatusAt)
        {
            throw new DomainException("At.before-last-change", "A change cannot precede the last one.", "At");
        }

        Status = to;
        ReopenCount += from == TicketStatus.Resolved && to == TicketStatus.Open ? 1 : 0;
        ResolvedAt = to == TicketStatus.Resolved ? when : to == TicketStatus.Closed ? ResolvedAt : null;
        ClosedAt = to == TicketStatus.Closed ? when : null;
        AddStatusChange(from, to, byId, when);
        Record(new TicketStatusChanged(
            Id, NextVersion, when, Number, QueueId, TeamId, AssigneeId, AccountId, from, to, byId));
    }

    /// <summary>When the ticket entered its current status.</summary>
    public DateTime LastStatusAt { get; private set; }

    private void AddStatusChange(TicketStatus? from, TicketStatus to, Guid? byId, DateTime when)
    {
        StatusChangeCount++;
        LastStatusAt = when;
        _statusChanges.Add(new TicketStatusChange(Id, StatusChangeCount, from, to, byId, when));
    }

    private void EnsureStatus(params ReadOnlySpan<TicketStatus> allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw Refused(Status);
        }
    }

    private void EnsureNotClosed()
    {
        if (Status == TicketStatus.Closed)
        {
            throw new DomainException("Ticket.closed", "A closed ticket can no longer be changed.", "Status");
        }
    }

    private DomainException Refused(TicketStatus to) =>
        new($"Status.from-{Status.ToString().ToLowerInvariant()}", $"A {Status} ticket cannot become {to}.", "Status");
}
