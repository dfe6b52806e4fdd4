using Crm.Domain.Sla;
using Crm.Domain.Tickets;

namespace Crm.Domain.Tests.Tickets;

/// <summary>The SLA clocks stored on the ticket and the timeline they are computed from.</summary>
public sealed class TicketSlaTests
{
    private static readonly TicketSla Running = new(
        Guid.CreateVersion7(), SlaState.Running, TicketBuilder.At.AddHours(4), SlaState.Running,
        TicketBuilder.At.AddHours(15), TicketBuilder.At.AddHours(3));

    [Fact]
    public void ApplySla_NewClocks_StoresThemAndRecordsTheChange()
    {
        var ticket = TicketBuilder.New();

        ticket.ApplySla(Running, TicketBuilder.At);

        var changed = Assert.IsType<TicketSlaChanged>(Assert.Single(ticket.DomainEvents));
        Assert.Equal((Running, TicketSla.None, Running), (changed.Sla, changed.Previous, ticket.Sla));
    }

    [Fact]
    public void ApplySla_SameClocksAgain_RecordsNothing()
    {
        var ticket = TicketBuilder.New();
        ticket.ApplySla(Running, TicketBuilder.At);
        ticket.ClearDomainEvents();

        var changed = ticket.ApplySla(Running with { }, TicketBuilder.At.AddMinutes(5));

        Assert.False(changed);
        Assert.Empty(ticket.DomainEvents);
    }

    [Fact]
    public void SlaTimeline_WaitedOnCustomer_IsAPauseFromTheHistory()
    {
        var ticket = TicketBuilder.In(TicketStatus.Open);
        ticket.WaitOnCustomer(TicketBuilder.Agent, TicketBuilder.At.AddHours(2));
        ticket.Open(TicketBuilder.Agent, TicketBuilder.At.AddHours(3));

        var timeline = ticket.SlaTimeline(ticket.RecordedStatusChanges);

        var pause = Assert.Single(timeline.Pauses!);
        Assert.Equal((TicketBuilder.At.AddHours(2), TicketBuilder.At.AddHours(3)), (pause.From, pause.To));
    }

    [Fact]
    public void SlaTimeline_ResolvedAndReopened_IsAReopen()
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);
        ticket.Reopen(TicketBuilder.Agent, TicketBuilder.At.AddHours(5));

        var timeline = ticket.SlaTimeline(ticket.RecordedStatusChanges);

        Assert.Equal(TicketBuilder.At.AddHours(5), Assert.Single(timeline.Reopens!).ReopenedAt);
    }

    [Theory]
    [InlineData(TicketStatus.New, SlaPhase.Running)]
    [InlineData(TicketStatus.Escalated, SlaPhase.Running)]
    [InlineData(TicketStatus.OnHold, SlaPhase.Paused)]
    [InlineData(TicketStatus.PendingCustomer, SlaPhase.Paused)]
    [InlineData(TicketStatus.Closed, SlaPhase.Resolved)]
    public void PhaseOf_Status_IsItsSlaPhase(TicketStatus status, SlaPhase phase) =>
        Assert.Equal(phase, TicketSla.PhaseOf(status));

    [Theory]
    [InlineData(TicketPriority.Low)]
    [InlineData(TicketPriority.Critical)]
    public void PriorityOf_TicketPriority_IsTheSlaPriorityOfTheSameName(TicketPriority priority) =>
        Assert.Equal(priority.ToString(), TicketSla.PriorityOf(priority).ToString());

    [Theory]
    [InlineData(SlaState.AtRisk, SlaState.Running, false, true)]
    [InlineData(SlaState.Breached, SlaState.Running, true, false)]
    [InlineData(SlaState.Met, SlaState.Breached, true, true)]
    [InlineData(SlaState.Running, SlaState.Running, false, false)]
    public void IsAtRisk_ClockStates_OnlyClocksTheTicketStillWaitsOn(
        SlaState firstResponse, SlaState resolution, bool answered, bool expected)
    {
        var sla = Running with { FirstResponseState = firstResponse, ResolutionState = resolution };

        Assert.Equal(expected, sla.IsAtRisk(answered));
    }
}
