using Crm.Domain.Notifications;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>The owner hears when someone else moves their opportunity, in the same commit as the move.</summary>
public sealed class MoveNotificationTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_ByATeammate_NotifiesTheOwner(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync("MES 二期");
        world.SignInAsEastTeammate();

        await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);

        var notification = Assert.Single(await NotificationsForAsync(host, world.EastRep));
        Assert.Equal((NotificationKind.OpportunityMovedByOther, world.EastTeammate, world.Propose.Name),
            (notification.Kind, notification.ActorId, notification.Arguments[NotificationArguments.Stage]));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_ByTheOwner_NotifiesNobody(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();

        await world.Opportunities.MoveToStageAsync(id, 1, world.Propose.Id, null, Token);

        Assert.Empty(await NotificationsForAsync(host, world.EastRep));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MoveToStageAsync_IntoTheStageItIsIn_NotifiesNobody(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        world.SignInAsEastTeammate();

        await world.Opportunities.MoveToStageAsync(id, 1, world.Qualify.Id, null, Token);

        Assert.Empty(await NotificationsForAsync(host, world.EastRep));
    }

    private static async Task<List<Notification>> NotificationsForAsync(CrmTestHost host, Guid recipientId)
    {
        await using var db = await host.OpenAsync();

        return await db.Notifications.Where(n => n.RecipientId == recipientId).ToListAsync(Token);
    }
}
