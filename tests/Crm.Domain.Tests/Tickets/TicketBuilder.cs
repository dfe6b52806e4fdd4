using Crm.Domain.Tickets;

namespace Crm.Domain.Tests.Tickets;

/// <summary>Tickets for domain tests: a VPN problem of 上海精工 in the 技术支持 queue, opened at <see cref="At"/>.</summary>
internal static class TicketBuilder
{
    public static readonly DateTime At = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    public static readonly Guid Queue = Guid.CreateVersion7();

    public static readonly Guid Team = Guid.CreateVersion7();

    public static readonly Guid Agent = Guid.CreateVersion7();

    public static TicketDraft Draft(TicketCategory category = TicketCategory.Problem) =>
        new("VPN 无法连接", "从今天早上开始所有分支机构都连不上", TicketChannel.Email, category, TicketPriority.High,
            Queue, Team)
        {
            AccountId = Guid.CreateVersion7(),
            RequesterEmail = "wang.jian@jinggong.example.cn",
        };

    /// <summary>A new ticket that arrived assigned to <see cref="Agent"/>, events cleared.</summary>
    public static Ticket New(TicketCategory category = TicketCategory.Problem)
    {
        var ticket = Ticket.Create(Guid.CreateVersion7(), 10234, Draft(category), Agent, At);
        ticket.ArriveAssigned(Agent, Agent, At);
        ticket.ClearDomainEvents();

        return ticket;
    }

    /// <summary>A ticket in <paramref name="status"/>, reached by the usual path an hour per step.</summary>
    public static Ticket In(TicketStatus status, TicketCategory category = TicketCategory.Problem)
    {
        var ticket = New(category);
        var at = At;
        foreach (var step in PathTo(status))
        {
            at = at.AddHours(1);
            ticket.ChangeStatus(step, Agent, at);
        }

        ticket.ClearDomainEvents();

        return ticket;
    }

    private static TicketStatus[] PathTo(TicketStatus status) => status switch
    {
        TicketStatus.New => [],
        TicketStatus.Resolved => [TicketStatus.Open, TicketStatus.Resolved],
        TicketStatus.Closed => [TicketStatus.Open, TicketStatus.Resolved, TicketStatus.Closed],
        TicketStatus.Open => [TicketStatus.Open],
        _ => [TicketStatus.Open, status],
    };
}
