using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Tickets.Mail;

/// <summary>Files on ticket replies: kept with the reply, seen as the ticket is seen.</summary>
public sealed class TicketAttachmentTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReplyAsync_WithAStagedFile_KeepsTheFileWithTheReply(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Tickets.SignInAsXu();
        var staged = await Files(world).StageAsync("trace.log", new MemoryStream("连接超时"u8.ToArray()), Ct);
        var version = (await world.Tickets.ViewAsync(ticket)).Version;

        await world.Tickets.Tickets.ReplyAsync(ticket.Id, version, "日志已收到。", [staged], Ct);

        var reply = (await world.MessagesAsync(ticket.Id))[^1];
        var listed = await Files(world).ListAsync(new RecordLink(RecordKind.Ticket, ticket.Id), reply.Id, Ct);
        Assert.Equal("trace.log", Assert.Single(listed.Items).FileName);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_SalesRepOfTheAccount_ReadsTheFilesButCannotAdd(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Tickets.SignInAsRep();

        var listed = await Files(world).ListAsync(new RecordLink(RecordKind.Ticket, ticket.Id), null, Ct);

        Assert.False(listed.CanAdd);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_AgentOfAnotherTeam_DoesNotSeeTheTicketsFiles(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Tickets.SignInAsZhao();

        await Assert.ThrowsAsync<Infrastructure.Common.NotFoundException>(
            () => Files(world).ListAsync(new RecordLink(RecordKind.Ticket, ticket.Id), null, Ct));
    }

    private static IAttachmentService Files(TicketMailWorld world) => world.Host.Get<IAttachmentService>();
}
