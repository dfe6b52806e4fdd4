using Crm.Domain.Sla;
using Crm.Domain.Tickets;

namespace Crm.Domain.Tests.Tickets;

/// <summary>Escalations act once per clock and trigger; a breach settles the at-risk one it overtook.</summary>
public sealed class TicketSlaEscalationTests
{
    private static readonly TicketSla Breached = new(
        Guid.CreateVersion7(), SlaState.Breached, TicketBuilder.At, SlaState.Running, TicketBuilder.At.AddHours(15),
        TicketBuilder.At.AddHours(12));

    [Fact]
    public void DueEscalations_ClockBreached_IsDueOnceUntilRecorded()
    {
        var ticket = TicketBuilder.New();
        ticket.ApplySla(Breached, TicketBuilder.At);

        ticket.RecordEscalation(
            SlaClockKind.FirstResponse, SlaEscalationTrigger.Breached, null, null, null, TicketBuilder.At);

        Assert.Empty(ticket.DueEscalations());
        Assert.Equal(
            SlaEscalations.FirstResponseAtRisk | SlaEscalations.FirstResponseBreached, ticket.SlaEscalated);
    }

    [Fact]
    public void RaisePriorityOneStep_Critical_ChangesNothing()
    {
        var ticket = TicketBuilder.New();
        ticket.ChangePriority(TicketPriority.Critical, TicketBuilder.At);

        Assert.Null(ticket.RaisePriorityOneStep(TicketBuilder.At));
    }
}
