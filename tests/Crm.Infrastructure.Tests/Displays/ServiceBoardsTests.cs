using Crm.Domain.Sla;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Displays.Boards;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Displays;

/// <summary>The figures of a service board, from a small hand-built world on a real database.</summary>
public sealed class ServiceBoardsTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_OpenTickets_QueueCellsByStatusAndPriority(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var escalated = await world.OpenAsync("打印机卡纸");
        await world.OpenAsync("发票抬头错误");
        await world.OpenAsync("密码重置", TicketPriority.Low);
        await world.ResolveAsync((await world.OpenAsync("已解决的问题")).Id);
        await world.ChangeStatusAsync(escalated.Id, TicketStatus.Escalated);

        using var probe = await world.WatchAsync();

        Assert.Equal(
            [
                new QueueCell(TicketStatus.New, TicketPriority.High, 1),
                new QueueCell(TicketStatus.New, TicketPriority.Low, 1),
                new QueueCell(TicketStatus.Escalated, TicketPriority.High, 1),
            ],
            probe.Board.Queue);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_OverdueTicket_ListedBreachedWithItsDueMoment(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var overdue = await world.OpenAsync("VPN 无法连接", assigneeId: world.Tickets.Xu);
        var dueAt = host.Now.AddMinutes(-30);
        await ClocksAsync(host, overdue.Id, SlaState.Breached, dueAt, SlaState.Running, host.Now.AddHours(3));

        using var probe = await world.WatchAsync();

        var listed = Assert.Single(probe.Board.AtRisk);
        Assert.Equal(
            (overdue.Id, SlaGoal.FirstResponse, dueAt, true, "许静"),
            (listed.Id, listed.Goal, listed.DueAt, listed.Breached, listed.AssigneeName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_SeveralAtRisk_BreachedFirstThenSoonestDue(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var (later, sooner, breached, calm) = (
            await world.OpenAsync("稍后到期"), await world.OpenAsync("即将到期"),
            await world.OpenAsync("已经超时"), await world.OpenAsync("时间充裕"));
        await ClocksAsync(host, later.Id, SlaState.Met, null, SlaState.AtRisk, host.Now.AddMinutes(40));
        await ClocksAsync(host, sooner.Id, SlaState.AtRisk, host.Now.AddMinutes(10), SlaState.Running, host.Now);
        await ClocksAsync(host, breached.Id, SlaState.Met, null, SlaState.Breached, host.Now.AddMinutes(-5));
        await ClocksAsync(host, calm.Id, SlaState.Running, host.Now.AddHours(1), SlaState.Running, host.Now);

        using var probe = await world.WatchAsync();

        Assert.Equal([breached.Id, sooner.Id, later.Id], probe.Board.AtRisk.Select(t => t.Id));
        Assert.Equal(SlaGoal.Resolution, probe.Board.AtRisk[2].Goal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_Agents_AvailabilityAndOpenTickets(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var tickets = world.Tickets;
        await world.OpenAsync("打印机卡纸", assigneeId: tickets.Xu);
        await world.OpenAsync("发票抬头错误", assigneeId: tickets.Xu);
        await world.ResolveAsync((await world.OpenAsync("已解决的问题", assigneeId: tickets.Xu)).Id);
        await host.ChangeAsync<User>(tickets.Wang, (user, at) => user.ChangeAvailability(Availability.Away, at));

        using var probe = await world.WatchAsync();

        Assert.Equal(
            [(tickets.Lead, Availability.Available, 0), (tickets.Wang, Availability.Away, 0),
                (tickets.Xu, Availability.Available, 2)],
            probe.Board.Agents.Select(a => (a.UserId, a.Availability, a.OpenTickets)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_Today_CountsOnlyTodaysOpenedAndResolved(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.ResolveAsync((await world.OpenAsync("昨天的问题")).Id);
        // 05:00 on 3 March in Shanghai: a new organisation day.
        host.Clock.Advance(TimeSpan.FromHours(12));
        await world.OpenAsync("今天还开着");
        await world.ResolveAsync((await world.OpenAsync("今天已解决")).Id);

        using var probe = await world.WatchAsync();

        Assert.Equal(new ServiceToday(2, 1), probe.Board.Today);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_RatingsToday_CountAverageAndSatisfied(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await RatedAsync(world, "昨天的评价", 1);
        host.Clock.Advance(TimeSpan.FromHours(12));
        foreach (var (subject, rating) in new[] { ("非常满意", 5), ("满意", 4), ("不满意", 2) })
        {
            await RatedAsync(world, subject, rating);
        }

        using var probe = await world.WatchAsync();

        Assert.Equal(new SatisfactionToday(3, 3.67m, 2), probe.Board.Satisfaction);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task WatchAsync_QueueScope_CountsOnlyThatQueue(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.OpenAsync("打印机卡纸", assigneeId: world.Tickets.Xu);
        await world.OpenAsync("交换机掉线", assigneeId: world.Tickets.Xu, queueId: world.NetworkQueue);
        await world.OpenAsync("无线信号弱", queueId: world.NetworkQueue);
        var scope = new ServiceBoardScope(world.Tickets.FirstLine, world.NetworkQueue);

        using var probe = await world.WatchAsync(scope);

        Assert.Equal(new ServiceToday(2, 0), probe.Board.Today);
        Assert.Equal([0, 0, 1], probe.Board.Agents.Select(a => a.OpenTickets));
    }

    private static async Task RatedAsync(ServiceBoardWorld world, string subject, int rating)
    {
        var ticket = await world.OpenAsync(subject);
        await world.ResolveAsync(ticket.Id);
        await world.RateAsync(ticket.Id, rating);
    }

    // The clocks as the SLA feature would have stored them (no policy is needed to store them).
    private static Task ClocksAsync(
        CrmTestHost host, Guid ticketId, SlaState firstResponse, DateTime? firstResponseDueAt, SlaState resolution,
        DateTime resolutionDueAt) =>
        host.ChangeAsync<Ticket>(ticketId, (ticket, at) => ticket.ApplySla(
            new TicketSla(
                Guid.CreateVersion7(), firstResponse, firstResponseDueAt, resolution, resolutionDueAt, null),
            at));

    private async Task<(CrmTestHost, ServiceBoardWorld)> StartAsync(DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await ServiceBoardWorld.CreateAsync(host));
    }
}
