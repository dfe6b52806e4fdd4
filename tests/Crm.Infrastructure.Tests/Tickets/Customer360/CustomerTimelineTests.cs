using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Customer360;

namespace Crm.Infrastructure.Tests.Tickets.Customer360;

/// <summary>
/// Activities and ticket entries on one timeline: newest first across both sources, paged
/// without losing or repeating entries, and only the tickets the reader may see.
/// </summary>
public sealed class CustomerTimelineTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task PageAsync_ActivitiesAndTickets_AreMergedNewestFirst(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        var older = await world.ActivityAsync(48);
        var ticket = await world.TicketAsync("VPN 无法连接");
        await world.ResolveAsync(ticket);
        world.Tickets.SignInAsRep();

        var page = await world.Timeline.PageAsync(new CustomerTimelineQuery(world.Tickets.Account), Ct);

        Assert.Equal(
            [TicketTimelineEvent.Resolved, TicketTimelineEvent.Opened],
            page.Items.Take(2).Select(i => i.Ticket!.Event));
        Assert.Equal(older, page.Items[2].Activity!.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task PageAsync_SmallPagesAcrossSources_GiveEveryEntryOnceInOrder(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        await world.ActivityAsync(30);
        var first = await world.TicketAsync("发票抬头错误");
        await world.ActivityAsync(0.01);
        await world.ResolveAsync(first);
        await world.TicketAsync("打印机脱机");
        await world.ActivityAsync(0.005);
        world.Tickets.SignInAsRep();
        var whole = await world.Timeline.PageAsync(new CustomerTimelineQuery(world.Tickets.Account), Ct);

        var paged = await ReadAllAsync(world, new CustomerTimelineQuery(world.Tickets.Account, PageSize: 2));

        Assert.Equal(6, whole.Items.Count);
        Assert.Equal(whole.Items.Select(i => i.Key), paged.Select(i => i.Key));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task PageAsync_AgentOfAnotherTeam_GetsActivitiesButNoTicketEntries(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        var activity = await world.ActivityAsync(2);
        await world.TicketAsync("VPN 无法连接");
        world.Tickets.SignInAsZhao();

        var page = await world.Timeline.PageAsync(new CustomerTimelineQuery(world.Tickets.Account), Ct);

        Assert.Equal(activity, Assert.Single(page.Items).Activity?.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task PageAsync_ContactTimeline_ShowsOnlyThatContactsTickets(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        var contact = await world.ContactAsync("王健");
        var theirs = await world.TicketAsync("VPN 无法连接", contactId: contact);
        await world.TicketAsync("打印机脱机");
        world.Tickets.SignInAsRep();

        var page = await world.Timeline.PageAsync(
            new CustomerTimelineQuery(world.Tickets.Account, contact, Tickets: true), Ct);

        Assert.Equal(theirs.Id, Assert.Single(page.Items).Ticket?.TicketId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task PageAsync_OpportunityTimeline_ShowsOnlyLinkedTickets(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        var opportunity = await world.OpportunityAsync("精工二期扩容");
        var linked = await world.TicketAsync("试用环境无法登录", opportunityId: opportunity);
        await world.TicketAsync("打印机脱机");
        world.Tickets.SignInAsRep();

        var page = await world.Timeline.PageAsync(
            new CustomerTimelineQuery(
                world.Tickets.Account, Related: new RecordLink(RecordKind.Opportunity, opportunity)), Ct);

        Assert.Equal(linked.Id, Assert.Single(page.Items).Ticket?.TicketId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task PageAsync_CallsFilter_LeavesTicketsOut(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await CustomerWorld.CreateAsync(host);
        await world.ActivityAsync(2);
        await world.TicketAsync("VPN 无法连接");
        world.Tickets.SignInAsRep();

        var page = await world.Timeline.PageAsync(
            new CustomerTimelineQuery(world.Tickets.Account, Kinds: [ActivityKind.Call]), Ct);

        Assert.All(page.Items, i => Assert.NotNull(i.Activity));
    }

    private static async Task<List<CustomerTimelineItem>> ReadAllAsync(CustomerWorld world, CustomerTimelineQuery query)
    {
        var items = new List<CustomerTimelineItem>();
        var page = await world.Timeline.PageAsync(query, Ct);
        items.AddRange(page.Items);
        while (page.Next is { } next)
        {
            page = await world.Timeline.PageAsync(query with { After = next }, Ct);
            items.AddRange(page.Items);
        }

        return items;
    }
}
