using Crm.Domain.Notifications;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Notifications;

/// <summary>Each person reads and marks only their own notifications.</summary>
public sealed class NotificationServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_NotificationsForTwoPeople_ListsOnlyTheCallersNewestFirst(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        await NotifyAsync(host, people.LeadAssignedToRep("第一条"));
        await NotifyAsync(host, people.LeadAssignedTo(people.Colleague));
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        await NotifyAsync(host, people.LeadAssignedToRep("第二条"));
        host.Actor.Id = people.Rep;

        var page = await Service(host).ListAsync(new NotificationQuery(), Token);

        Assert.Equal(["第二条", "第一条"], page.Items.Select(i => i.Arguments[NotificationArguments.Lead]));
        Assert.Equal(2, page.TotalCount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_CausedByAPerson_CarriesTheirNameAndTheTarget(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var draft = people.LeadAssignedToRep();
        await NotifyAsync(host, draft);
        host.Actor.Id = people.Rep;

        var item = Assert.Single((await Service(host).ListAsync(new NotificationQuery(), Token)).Items);

        Assert.Equal(("陈丽", draft.Target), (item.ActorName, item.Target));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_UnreadOnlySecondPage_SkipsReadOnesAndPages(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        foreach (var name in new[] { "甲", "乙", "丙", "丁" })
        {
            await NotifyAsync(host, people.LeadAssignedToRep(name));
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        host.Actor.Id = people.Rep;
        var newest = (await Service(host).ListAsync(new NotificationQuery(PageSize: 1), Token)).Items[0];
        await Service(host).MarkReadAsync(newest.Id, Token);

        var page = await Service(host).ListAsync(new NotificationQuery(1, 2, UnreadOnly: true), Token);

        Assert.Equal(["甲"], page.Items.Select(i => i.Arguments[NotificationArguments.Lead]));
        Assert.Equal(3, page.TotalCount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UnreadCountAsync_UnreadForSeveralPeople_CountsOnlyTheCallers(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        await NotifyAsync(host, people.LeadAssignedToRep());
        await NotifyAsync(host, people.LeadAssignedToRep());
        await NotifyAsync(host, people.LeadAssignedTo(people.Colleague));
        host.Actor.Id = people.Rep;

        var count = await Service(host).UnreadCountAsync(Token);

        Assert.Equal(2, count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MarkReadAsync_AnotherPersonsNotification_ThrowsNotFoundAndLeavesItUnread(
        DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var colleagues = await OnlyIdAsync(host, people.Colleague, people.LeadAssignedTo(people.Colleague));
        host.Actor.Id = people.Rep;

        var act = () => Service(host).MarkReadAsync(colleagues, Token);

        await Assert.ThrowsAsync<NotFoundException>(act);
        Assert.False((await host.ReloadAsync<Notification>(colleagues)).IsRead);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MarkReadAsync_OwnUnread_StampsNowAndPublishesReadForTheRecipient(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var id = await OnlyIdAsync(host, people.Rep, people.LeadAssignedToRep());

        await Service(host).MarkReadAsync(id, Token);

        Assert.Equal(host.Now, (await host.ReloadAsync<Notification>(id)).ReadAt);
        Assert.Equal(people.Rep, Assert.IsType<NotificationRead>(host.Bus.PublishedFor(id).Last()).RecipientId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MarkReadAsync_AlreadyRead_PublishesNothingMore(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var id = await OnlyIdAsync(host, people.Rep, people.LeadAssignedToRep());
        await Service(host).MarkReadAsync(id, Token);

        await Service(host).MarkReadAsync(id, Token);

        Assert.Equal(2, host.Bus.PublishedFor(id).Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MarkUnreadAsync_Read_CountsAsUnreadAgain(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var id = await OnlyIdAsync(host, people.Rep, people.LeadAssignedToRep());
        await Service(host).MarkReadAsync(id, Token);

        await Service(host).MarkUnreadAsync(id, Token);

        Assert.Equal(1, await Service(host).UnreadCountAsync(Token));
        Assert.IsType<NotificationUnread>(host.Bus.PublishedFor(id).Last());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MarkUnreadAsync_AnotherPersonsNotification_ThrowsNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var colleagues = await OnlyIdAsync(host, people.Colleague, people.LeadAssignedTo(people.Colleague));
        host.Actor.Id = people.Rep;

        var act = () => Service(host).MarkUnreadAsync(colleagues, Token);

        await Assert.ThrowsAsync<NotFoundException>(act);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MarkAllReadAsync_SeveralUnread_MarksTheCallersOnly(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        await NotifyAsync(host, people.LeadAssignedToRep());
        await NotifyAsync(host, people.LeadAssignedToRep());
        await NotifyAsync(host, people.LeadAssignedTo(people.Colleague));
        host.Actor.Id = people.Rep;

        var marked = await Service(host).MarkAllReadAsync(Token);

        Assert.Equal((2, 0), (marked, await Service(host).UnreadCountAsync(Token)));
        host.Actor.Id = people.Colleague;
        Assert.Equal(1, await Service(host).UnreadCountAsync(Token));
    }

    private static INotificationService Service(CrmTestHost host) => host.Get<INotificationService>();

    private static Task NotifyAsync(CrmTestHost host, NotificationDraft draft) =>
        host.Get<INotificationPublisher>().NotifyAsync(draft, Token);

    // Creates the notification and returns its id, read as its recipient; the host stays signed in as them.
    private static async Task<Guid> OnlyIdAsync(CrmTestHost host, Guid recipientId, NotificationDraft draft)
    {
        await NotifyAsync(host, draft);
        host.Actor.Id = recipientId;

        return (await Service(host).ListAsync(new NotificationQuery(), Token)).Items.Single().Id;
    }
}
