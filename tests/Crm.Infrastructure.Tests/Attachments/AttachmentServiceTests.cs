using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Attachments;

/// <summary>Attachments follow the visibility of the record they belong to.</summary>
public sealed class AttachmentServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttachAsync_RepOnOwnAccount_ListsTheFileWithItsUploader(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.EastRep, Roles.SalesRep);

        await world.AttachTextAsync("会议纪要.txt");

        var item = Assert.Single((await world.Service.ListAsync(world.Account, cancellationToken: Token)).Items);
        Assert.Equal(("会议纪要.txt", "王伟", 9L), (item.FileName, item.UploadedByName, item.SizeBytes));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttachAsync_AccountTheRepCannotSee_ThrowsNotFoundAndKeepsNothing(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.WestRep, Roles.SalesRep);
        var staged = await world.StageTextAsync();

        var act = () => world.Service.AttachAsync(world.Account, null, [staged], Token);

        await Assert.ThrowsAsync<NotFoundException>(act);
        Assert.Equal(0, await CountAsync(world));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenAsync_FileOfAnAccountTheRepCannotSee_ThrowsNotFound(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.EastRep, Roles.SalesRep);
        var item = await world.AttachTextAsync();
        world.SignInAs(world.WestRep, Roles.SalesRep);

        var act = () => world.Service.OpenAsync(item.Id, Token);

        await Assert.ThrowsAsync<NotFoundException>(act);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenAsync_VisibleFile_StreamsTheStoredBytes(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.EastRep, Roles.SalesRep);
        var item = await world.AttachTextAsync();

        await using var content = await world.Service.OpenAsync(item.Id, Token);

        using var reader = new StreamReader(content.Content);
        Assert.Equal("第一行", await reader.ReadToEndAsync(Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttachAsync_AsMarketer_ThrowsForbidden(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.Marketer, Roles.Marketing);
        var staged = await world.StageTextAsync();

        var act = () => world.Service.AttachAsync(world.Account, null, [staged], Token);

        await Assert.ThrowsAsync<ForbiddenException>(act);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttachAsync_EleventhFileOnAMessage_IsRefusedAndNothingMoreIsKept(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.EastRep, Roles.SalesRep);
        var message = Guid.CreateVersion7();
        var first = await Task.WhenAll(Enumerable.Range(0, 9).Select(i => world.StageTextAsync($"{i}.txt")));
        await world.Service.AttachAsync(world.Account, message, first, Token);
        var more = new[] { await world.StageTextAsync("a.txt"), await world.StageTextAsync("b.txt") };

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Service.AttachAsync(world.Account, message, more, Token));

        Assert.Equal("Attachment.too-many", error.Code);
        Assert.Equal(9, await CountAsync(world));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DeleteAsync_AttachedFile_RemovesTheRowAndTheFile(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.EastRep, Roles.SalesRep);
        var item = await world.AttachTextAsync();

        await world.Service.DeleteAsync(item.Id, Token);

        Assert.Equal(0, await CountAsync(world));
        Assert.Empty(Directory.EnumerateFiles(world.Root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DeleteAsync_AttachedFile_PublishesRemovedWithTheOwner(DatabaseProvider provider)
    {
        await using var world = await AttachmentWorld.StartAsync(databases, provider);
        world.SignInAs(world.EastRep, Roles.SalesRep);
        var item = await world.AttachTextAsync();

        await world.Service.DeleteAsync(item.Id, Token);

        var events = world.Host.Bus.PublishedFor(item.Id);
        Assert.Equal([typeof(AttachmentAdded), typeof(AttachmentRemoved)], events.Select(e => e.GetType()));
        Assert.Equal(world.EastAccount, ((AttachmentRemoved)events[1]).OwnerId);
    }

    private static async Task<int> CountAsync(AttachmentWorld world)
    {
        await using var db = await world.Host.OpenAsync();

        return await db.Attachments.CountAsync(a => a.Owner.Id == world.EastAccount, Token);
    }
}
