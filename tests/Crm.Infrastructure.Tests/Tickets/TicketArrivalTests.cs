using Crm.Domain.Assignment;
using Crm.Domain.Notifications;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Tickets;

/// <summary>
/// A new ticket is numbered and routed the moment it arrives, in the transaction that stores it:
/// least busy by open tickets, agents who are offline passed over, and the team's lead told when
/// nobody could take it.
/// </summary>
public sealed class TicketArrivalTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_LeastBusyRule_GivesTheTicketToWhoeverHoldsFewestOpenTickets(
        DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.OpenAsync(assigneeId: world.Lead);
        await world.OpenAsync(assigneeId: world.Xu);
        await world.RuleAsync("一线最空闲", AssignmentStrategy.LeastBusy(world.FirstLine));
        world.SignInAsXu();

        var ticket = await world.Tickets.CreateAsync(world.Input(), Ct);

        Assert.Equal((world.Wang, AssignmentReasons.LeastBusy), (ticket.AssigneeId, ticket.Note?.Reason));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_RoundRobinWithOfflineAgent_PassesThemOver(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        foreach (var away in new[] { world.Lead, world.Xu })
        {
            await host.ChangeAsync<User>(away, (u, _) => u.SetAvailability(Availability.Offline));
        }

        await world.RuleAsync("一线轮流", AssignmentStrategy.RoundRobin(world.FirstLine));
        world.SignInAsXu();

        var ticket = await world.Tickets.CreateAsync(world.Input(), Ct);

        Assert.Equal(world.Wang, ticket.AssigneeId);
        Assert.Contains(ticket.Note!.Skipped, s => s.UserId == world.Xu && s.Reason == SkipReason.Offline);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_AssignedByRule_TellsTheAssignee(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        await world.RuleAsync("投诉给王芳", AssignmentStrategy.NamedOwner(world.Wang),
            new AssignmentCondition(
                AssignmentFields.Priority, ConditionOperator.AtLeast, [nameof(TicketPriority.High)]));
        world.SignInAsXu();

        var ticket = await world.Tickets.CreateAsync(world.Input(), Ct);

        var notice = Assert.Single(await world.NoticesAboutAsync(ticket.Id));
        Assert.Equal((world.Wang, NotificationKind.TicketAssigned), (notice.RecipientId, notice.Kind));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_NobodyQualifies_StaysInTheQueueAndTellsTheTeamLead(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsXu();

        var ticket = await world.Tickets.CreateAsync(world.Input(), Ct);

        var saved = await host.ReloadAsync<Ticket>(ticket.Id);
        var notice = Assert.Single(await world.NoticesAboutAsync(ticket.Id));
        Assert.Equal((null, world.TechQueue), (saved.AssigneeId, saved.QueueId));
        Assert.Equal((world.Lead, NotificationKind.TicketQueued), (notice.RecipientId, notice.Kind));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_Arrival_PublishesCreatedWithQueueTeamAndAccount(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsXu();

        var ticket = await world.Tickets.CreateAsync(world.Input(), Ct);

        var created = Assert.Single(host.Bus.Published.OfType<TicketCreated>(), e => e.AggregateId == ticket.Id);
        Assert.Equal((world.TechQueue, world.FirstLine, world.Account, 1),
            (created.QueueId, created.TeamId, created.AccountId, created.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_QueueWithDefaultPriority_TakesItWhenNoneIsGiven(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsZhao();

        var ticket = await world.Tickets.CreateAsync(
            world.Input("发票抬头有误", world.BillingQueue) with { Priority = null }, Ct);

        Assert.Equal(TicketPriority.Low, (await host.ReloadAsync<Ticket>(ticket.Id)).Priority);
    }

    private async Task<(CrmTestHost Host, TicketWorld World)> StartAsync(DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await TicketWorld.CreateAsync(host));
    }
}
