using Crm.Domain.Notifications;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Notifications;

/// <summary>
/// A notification added to a producer's context is part of the producer's change: committed
/// with it, rolled back with it, and announced on the live bus only after the commit.
/// </summary>
public sealed class NotificationPublisherTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Add_InTheCallersTransaction_IsSavedWithItAndPublishedOnlyAfterCommit(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var publisher = host.Get<INotificationPublisher>();

        var publishedBeforeCommit = await host.Get<IDbContextFactory<CrmDbContext>>().InTransactionAsync(
            async db =>
            {
                publisher.Add(db, people.LeadAssignedToRep());
                await db.SaveChangesAsync(Token);

                return CreatedFor(host, people.Rep).Count;
            },
            Token);

        Assert.Equal(0, publishedBeforeCommit);
        Assert.Single(CreatedFor(host, people.Rep));
        Assert.Equal(1, await RowCountAsync(host, people.Rep));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Add_CallersTransactionFails_LeavesNoRowAndPublishesNothing(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var publisher = host.Get<INotificationPublisher>();

        var contexts = host.Get<IDbContextFactory<CrmDbContext>>();

        var failure = await Record.ExceptionAsync(() => contexts.InTransactionAsync<int>(
            async db =>
            {
                publisher.Add(db, people.LeadAssignedToRep());
                await db.SaveChangesAsync(Token);

                throw new InvalidOperationException("The assignment failed after the notification was saved.");
            },
            Token));

        Assert.IsType<InvalidOperationException>(failure);
        Assert.Empty(CreatedFor(host, people.Rep));
        Assert.Equal(0, await RowCountAsync(host, people.Rep));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task NotifyAsync_WithoutACallerContext_SavesAndPublishesCreatedWithTheKind(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);

        var added = await host.Get<INotificationPublisher>().NotifyAsync(people.LeadAssignedToRep(), Token);

        Assert.True(added);
        Assert.Equal(NotificationKind.LeadAssigned, Assert.Single(CreatedFor(host, people.Rep)).Kind);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task NotifyAsync_ActorIsTheRecipient_AddsNothing(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var ownMove = NotificationDraft.OpportunityMovedByOther(
            people.Rep, Guid.CreateVersion7(), "年度框架协议", "谈判", actorId: people.Rep);

        var added = await host.Get<INotificationPublisher>().NotifyAsync(ownMove, Token);

        Assert.False(added);
        Assert.Equal(0, await RowCountAsync(host, people.Rep));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task NotifyAsync_SkipTurnedOff_NotifiesTheActorToo(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var draft = people.LeadAssignedToRep() with { ActorId = people.Rep, SkipIfActorIsRecipient = false };

        await host.Get<INotificationPublisher>().NotifyAsync(draft, Token);

        Assert.Equal(1, await RowCountAsync(host, people.Rep));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task NotifyAsync_ChineseArguments_ReadBackUnchanged(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var people = await NotificationPeople.AddAsync(host);
        var draft = NotificationDraft.LeadQueued(
            people.Rep, Guid.CreateVersion7(), "星海科技 \"试点\"", "华东销售一组", actorId: null);
        await host.Get<INotificationPublisher>().NotifyAsync(draft, Token);
        host.Actor.Id = people.Rep;

        var item = Assert.Single((await host.Get<INotificationService>().ListAsync(new(), Token)).Items);

        var expected = new Dictionary<string, string>
        {
            [NotificationArguments.Lead] = "星海科技 \"试点\"",
            [NotificationArguments.Team] = "华东销售一组",
        };
        Assert.Equal(expected, item.Arguments);
    }

    private static List<NotificationCreated> CreatedFor(CrmTestHost host, Guid recipientId) =>
        [.. host.Bus.Published.OfType<NotificationCreated>().Where(e => e.RecipientId == recipientId)];

    private static async Task<int> RowCountAsync(CrmTestHost host, Guid recipientId)
    {
        await using var db = await host.OpenAsync();

        return await db.Notifications.CountAsync(n => n.RecipientId == recipientId, Token);
    }
}
