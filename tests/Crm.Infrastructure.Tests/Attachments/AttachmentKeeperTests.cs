using Crm.Domain.Teams;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Attachments;

/// <summary>Files kept inside another service's unit of work (a ticket reply and its files).</summary>
public sealed class AttachmentKeeperTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task KeepAsync_SavedByTheCaller_IsListedWithItsMessage(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.EastRep, Roles.SalesRep);
        var message = Guid.CreateVersion7();
        var staged = await world.StageTextAsync("回复.txt");

        await using (var db = await world.Host.OpenAsync())
        {
            await Keeper(world).KeepAsync(db, world.EastRep, world.Account, message, [staged], Token);
            await db.SaveChangesAsync(Token);
        }

        var listed = await world.Service.ListAsync(world.Account, message, Token);
        Assert.Equal(["回复.txt"], listed.Items.Select(i => i.FileName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Undo_CallerDidNotSave_LeavesNoFileBehind(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.EastRep, Roles.SalesRep);
        var staged = await world.StageTextAsync();
        await using var db = await world.Host.OpenAsync();
        var kept = await Keeper(world).KeepAsync(db, world.EastRep, world.Account, null, [staged], Token);

        kept.Undo();

        Assert.Empty(Directory.EnumerateFiles(world.Root, "*", SearchOption.AllDirectories));
        Assert.Equal(0, await db.Attachments.AsNoTracking().CountAsync(a => a.Owner.Id == world.EastAccount, Token));
    }

    private static AttachmentKeeper Keeper(AttachmentWorld world) => world.Host.Get<AttachmentKeeper>();
}
