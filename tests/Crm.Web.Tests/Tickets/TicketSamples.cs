using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets;

namespace Crm.Web.Tests.Tickets;

internal static class TicketSamples
{
    public static readonly Guid Agent = Guid.CreateVersion7();

    public static readonly Guid Team = Guid.CreateVersion7();

    public static readonly NamedRef Queue = new(Guid.CreateVersion7(), "技术支持");

    public static TicketView View(
        bool canWork = true, NamedRef? assignee = null, TicketStatus status = TicketStatus.Open) =>
        new(Guid.CreateVersion7(), 3, 10234, "VPN 无法连接", "从今天早上开始所有分支机构都连不上", status,
            TicketPriority.High, TicketCategory.Problem, TicketChannel.Email, Queue, assignee,
            new NamedRef(Guid.CreateVersion7(), "上海精工"), null, "王建国", "wang.jian@jinggong.example.cn", ["vpn"],
            null, null, new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc), null, null, null, null, 1, null, canWork,
            canWork ? TicketStatusRules.AllowedFrom(status) : []);

    public static TicketChoices Choices() =>
        new(true, [new QueueOption(Queue.Id, Queue.Name, Team, null)], [new AgentOption(Agent, "许静", Team)]);

    public static TicketMessageRow Message(string body, TicketMessageKind kind = TicketMessageKind.CustomerMessage) =>
        new(Guid.CreateVersion7(), 1, kind, null, "王建国", "wang.jian@jinggong.example.cn", body,
            new DateTime(2026, 3, 2, 1, 5, 0, DateTimeKind.Utc));
}
