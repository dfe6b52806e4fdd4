using Crm.Domain.Tickets;
using Crm.Infrastructure.Displays.Boards;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Tickets;
using Crm.Infrastructure.Tickets;

namespace Crm.Infrastructure.Tests.Displays;

/// <summary>
/// The ticket world (一线支持 with 何丽, 许静 and 王芳 and the queue 技术支持; 二线支持 with
/// 账单与合同) plus a second queue of 一线支持, 网络, and ways to put tickets in it as an admin.
/// The organisation's settings are never saved: its zone is Asia/Shanghai, so the host's first
/// moment (2 March 2026, 09:00 UTC) is 17:00 there.
/// </summary>
internal sealed class ServiceBoardWorld(CrmTestHost host, TicketWorld tickets, Guid networkQueue)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public CrmTestHost Host => host;

    public TicketWorld Tickets => tickets;

    public Guid NetworkQueue => networkQueue;

    public ServiceBoardScope FirstLine => new(tickets.FirstLine, null);

    public IServiceBoards Boards => host.Get<IServiceBoards>();

    public static async Task<ServiceBoardWorld> CreateAsync(CrmTestHost host)
    {
        var tickets = await TicketWorld.CreateAsync(host);
        var network = await host.SaveNewAsync(
            new TicketQueue(Guid.CreateVersion7(), $"网络-{Guid.NewGuid():N}"[..12], tickets.FirstLine));
        tickets.SignInAsAdmin();

        return new ServiceBoardWorld(host, tickets, network.Id);
    }

    /// <summary>Opens a ticket in 技术支持 (or <paramref name="queueId"/>) as the signed-in admin.</summary>
    public Task<NewTicket> OpenAsync(
        string subject, TicketPriority priority = TicketPriority.High, Guid? assigneeId = null,
        Guid? queueId = null) =>
        tickets.Tickets.CreateAsync(
            tickets.Input(subject, queueId) with { Priority = priority, AssigneeId = assigneeId }, Ct);

    public async Task ChangeStatusAsync(Guid ticketId, TicketStatus status) =>
        await tickets.Tickets.ChangeStatusAsync(ticketId, await VersionAsync(ticketId), status, Ct);

    public Task ResolveAsync(Guid ticketId) => ChangeStatusAsync(ticketId, TicketStatus.Resolved);

    /// <summary>The customer's rating of a resolved ticket, now.</summary>
    public Task RateAsync(Guid ticketId, int rating) =>
        host.ChangeAsync<Ticket>(ticketId, (ticket, at) => ticket.Rate(rating, null, at));

    public Task<ServiceBoardProbe> WatchAsync(ServiceBoardScope? scope = null) =>
        ServiceBoardProbe.WatchAsync(Boards, scope ?? FirstLine);

    private async Task<int> VersionAsync(Guid ticketId) => (await host.ReloadAsync<Ticket>(ticketId)).Version;
}
