using Crm.Domain.Common;
using Crm.Domain.Tickets;

namespace Crm.Domain.Tests.Tickets;

public sealed class TicketStatusTests
{
    [Theory]
    [InlineData(TicketStatus.New, TicketStatus.Open)]
    [InlineData(TicketStatus.Open, TicketStatus.PendingCustomer)]
    [InlineData(TicketStatus.PendingCustomer, TicketStatus.OnHold)]
    [InlineData(TicketStatus.OnHold, TicketStatus.Escalated)]
    [InlineData(TicketStatus.Escalated, TicketStatus.Resolved)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Open)]
    public void ChangeStatus_AllowedMove_EntersTheStatus(TicketStatus from, TicketStatus to)
    {
        var ticket = TicketBuilder.In(from);

        ticket.ChangeStatus(to, TicketBuilder.Agent, TicketBuilder.At.AddDays(1));

        Assert.Equal(to, ticket.Status);
    }

    [Theory]
    [InlineData(TicketStatus.Closed, TicketStatus.Open)]
    [InlineData(TicketStatus.Open, TicketStatus.Closed)]
    [InlineData(TicketStatus.Open, TicketStatus.New)]
    [InlineData(TicketStatus.Resolved, TicketStatus.OnHold)]
    public void ChangeStatus_MoveNotAllowed_Throws(TicketStatus from, TicketStatus to)
    {
        var ticket = TicketBuilder.In(from);

        var error = Assert.Throws<DomainException>(
            () => ticket.ChangeStatus(to, TicketBuilder.Agent, TicketBuilder.At.AddDays(1)));

        Assert.Equal($"Status.from-{from.ToString().ToLowerInvariant()}", error.Code);
    }

    [Fact]
    public void Resolve_OpenTicket_SetsResolvedAt()
    {
        var ticket = TicketBuilder.In(TicketStatus.Open);
        var at = TicketBuilder.At.AddDays(1);

        ticket.Resolve(TicketBuilder.Agent, at);

        Assert.Equal(at, ticket.ResolvedAt);
    }

    [Fact]
    public void Reopen_ResolvedTicket_ClearsResolvedAtAndCountsTheReopen()
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);

        ticket.Reopen(TicketBuilder.Agent, TicketBuilder.At.AddDays(1));

        Assert.Equal((TicketStatus.Open, null, 1), (ticket.Status, ticket.ResolvedAt, ticket.ReopenCount));
    }

    [Fact]
    public void Close_ResolvedTicket_KeepsResolvedAtAndSetsClosedAt()
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);
        var resolvedAt = ticket.ResolvedAt;

        ticket.Close(TicketBuilder.Agent, TicketBuilder.At.AddDays(1));

        Assert.Equal((resolvedAt, TicketBuilder.At.AddDays(1)), (ticket.ResolvedAt, ticket.ClosedAt));
    }

    [Fact]
    public void ChangeStatus_AnyPath_RecordsEveryStepInTheHistory()
    {
        var ticket = TicketBuilder.New();

        ticket.Open(TicketBuilder.Agent, TicketBuilder.At.AddHours(1));
        ticket.WaitOnCustomer(TicketBuilder.Agent, TicketBuilder.At.AddHours(2));
        ticket.Resolve(TicketBuilder.Agent, TicketBuilder.At.AddHours(3));

        Assert.Equal(
            [(null, TicketStatus.New), (TicketStatus.New, TicketStatus.Open),
                (TicketStatus.Open, TicketStatus.PendingCustomer),
                (TicketStatus.PendingCustomer, TicketStatus.Resolved)],
            ticket.RecordedStatusChanges.Select(c => (c.FromStatus, c.ToStatus)));
    }

    [Fact]
    public void ChangeStatus_BeforeTheLastChange_Throws()
    {
        var ticket = TicketBuilder.In(TicketStatus.Open);

        var error = Assert.Throws<DomainException>(
            () => ticket.Resolve(TicketBuilder.Agent, TicketBuilder.At.AddMinutes(-5)));

        Assert.Equal("At.before-last-change", error.Code);
    }

    [Fact]
    public void Escalate_OpenTicket_RecordsTheChangeWithQueueAndAssignee()
    {
        var ticket = TicketBuilder.In(TicketStatus.Open);

        ticket.Escalate(TicketBuilder.Agent, TicketBuilder.At.AddDays(1));

        var changed = Assert.IsType<TicketStatusChanged>(Assert.Single(ticket.DomainEvents));
        Assert.Equal((TicketBuilder.Queue, TicketBuilder.Agent, TicketStatus.Escalated),
            (changed.QueueId, changed.AssigneeId, changed.Status));
    }

    [Fact]
    public void ComplaintHandlingTime_ResolvedComplaint_IsOpenedToResolved()
    {
        var ticket = TicketBuilder.In(TicketStatus.Open, TicketCategory.Complaint);

        ticket.Resolve(TicketBuilder.Agent, TicketBuilder.At.AddHours(30));

        Assert.Equal(TimeSpan.FromHours(30), ticket.ComplaintHandlingTime);
    }

    [Fact]
    public void ComplaintHandlingTime_ResolvedProblem_IsNull()
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);

        Assert.Null(ticket.ComplaintHandlingTime);
    }
}
