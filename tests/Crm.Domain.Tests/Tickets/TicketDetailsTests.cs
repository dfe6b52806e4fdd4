using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Tickets;

namespace Crm.Domain.Tests.Tickets;

public sealed class TicketDetailsTests
{
    [Fact]
    public void SetTags_MixedCaseAndSpaces_NormalizesAndDeduplicates()
    {
        var ticket = TicketBuilder.New();

        ticket.SetTags(["VPN", " vpn ", "Branch   Office", ""], TicketBuilder.At);

        Assert.Equal(["vpn", "branch office"], ticket.Tags);
    }

    [Fact]
    public void SetTags_TooMany_Throws()
    {
        var ticket = TicketBuilder.New();
        var tags = Enumerable.Range(1, TicketTags.MaxCount + 1).Select(i => $"t{i}");

        var error = Assert.Throws<DomainException>(() => ticket.SetTags(tags, TicketBuilder.At));

        Assert.Equal("Tags.limit", error.Code);
    }

    [Fact]
    public void SetTags_TooLong_Throws()
    {
        var ticket = TicketBuilder.New();

        var error = Assert.Throws<DomainException>(
            () => ticket.SetTags([new string('x', TicketTags.MaxLength + 1)], TicketBuilder.At));

        Assert.Equal("Tags", error.Field);
    }

    [Fact]
    public void Create_NeitherAccountNorEmail_ThrowsNamingTheAccount()
    {
        var draft = TicketBuilder.Draft() with { AccountId = null, RequesterEmail = null };

        var error = Assert.Throws<DomainException>(
            () => Ticket.Create(Guid.CreateVersion7(), 10234, draft, null, TicketBuilder.At));

        Assert.Equal("Account.required", error.Code);
    }

    [Fact]
    public void Create_NewTicket_StartsItsHistoryAtNew()
    {
        var ticket = Ticket.Create(Guid.CreateVersion7(), 10234, TicketBuilder.Draft(), null, TicketBuilder.At);

        var entry = Assert.Single(ticket.RecordedStatusChanges);
        Assert.Equal((null, TicketStatus.New, 1), (entry.FromStatus, entry.ToStatus, entry.Sequence));
    }

    [Fact]
    public void Route_NobodyAvailable_ArrivesInItsQueueWithoutAssignee()
    {
        var ticket = Ticket.Create(Guid.CreateVersion7(), 10234, TicketBuilder.Draft(), null, TicketBuilder.At);
        var decision = new AssignmentDecision(
            AssignmentOutcome.Queued, null, null, TicketBuilder.Team, "一线支持", null, null, null,
            AssignmentReasons.Create(AssignmentReasons.NoRuleMatched, "一线支持"), [], null);

        ticket.Route(decision, TicketBuilder.At);

        var created = Assert.IsType<TicketCreated>(Assert.Single(ticket.DomainEvents));
        Assert.Equal((null, TicketBuilder.Queue, 10234), (created.AssigneeId, created.QueueId, created.Number));
    }

    [Fact]
    public void MoveToQueue_OtherTeam_ClearsTheAssignee()
    {
        var ticket = TicketBuilder.New();

        ticket.MoveToQueue(Guid.CreateVersion7(), Guid.CreateVersion7(), TicketBuilder.Agent, TicketBuilder.At);

        Assert.Null(ticket.AssigneeId);
    }

    [Fact]
    public void MoveToQueue_SameTeam_KeepsTheAssignee()
    {
        var ticket = TicketBuilder.New();

        ticket.MoveToQueue(Guid.CreateVersion7(), TicketBuilder.Team, TicketBuilder.Agent, TicketBuilder.At);

        Assert.Equal(TicketBuilder.Agent, ticket.AssigneeId);
    }

    [Fact]
    public void Take_QueuedTicket_AssignsTheAgentAndRecordsWhoDidIt()
    {
        var ticket = TicketBuilder.New();
        ticket.AssignTo(null, TicketBuilder.Agent, TicketBuilder.At);
        var other = Guid.CreateVersion7();

        ticket.Take(other, TicketBuilder.At.AddMinutes(1));

        var assigned = Assert.IsType<TicketAssigned>(ticket.DomainEvents[^1]);
        Assert.Equal((other, null, other), (assigned.AssigneeId, assigned.PreviousAssigneeId, assigned.ById));
    }

    [Fact]
    public void ChangePriority_ClosedTicket_Throws()
    {
        var ticket = TicketBuilder.In(TicketStatus.Closed);

        var error = Assert.Throws<DomainException>(
            () => ticket.ChangePriority(TicketPriority.Low, TicketBuilder.At.AddDays(5)));

        Assert.Equal("Ticket.closed", error.Code);
    }
}
