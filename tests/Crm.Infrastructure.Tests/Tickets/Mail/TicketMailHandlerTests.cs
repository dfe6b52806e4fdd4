using Crm.Domain.Tickets;
using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using MimeKit;

namespace Crm.Infrastructure.Tests.Tickets.Mail;

/// <summary>
/// Mail from customers becomes tickets: a new mail opens one and is acknowledged, a reply finds
/// its ticket by the headers or the subject tag, a closed ticket gets a follow-up, a repeated
/// delivery changes nothing, and a mail that cannot be a ticket is kept aside with the reason.
/// </summary>
public sealed class TicketMailHandlerTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HandleAsync_NewMail_OpensAnEmailTicketInTheIntakeQueue(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var sender = TicketMailWorld.NewSender();

        await world.ReceiveAsync(TicketMailWorld.Mail("打印机无法连接", "今天早上开始打印机离线。", sender));

        var ticket = await world.TicketOfAsync(sender);
        Assert.Equal(
            ("打印机无法连接", TicketChannel.Email, world.Tickets.TechQueue, "王建"),
            (ticket?.Subject, ticket?.Channel, ticket?.QueueId, ticket?.RequesterName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HandleAsync_NewMail_IsAcknowledgedWithTheTicketNumberInTheSubject(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var sender = TicketMailWorld.NewSender();
        var mail = TicketMailWorld.Mail("发票抬头有误", "请重开发票。", sender);

        await world.ReceiveAsync(mail);
        await world.SendAsync();

        var ticket = await world.TicketOfAsync(sender);
        var ack = Assert.Single(world.Sent(), m => m.To.Mailboxes.Single().Address == sender);
        Assert.Equal(
            ($"[#{ticket!.Number}] 已收到：发票抬头有误", mail.MessageId),
            (ack.Subject, ack.InReplyTo));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HandleAsync_KnownContactsEmail_FilesTheTicketUnderTheContactsAccount(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var sender = TicketMailWorld.NewSender();
        var contact = await world.ContactAsync(sender.ToUpperInvariant());

        await world.ReceiveAsync(TicketMailWorld.Mail("VPN 无法连接", "分支机构连不上。", sender));

        var ticket = await world.TicketOfAsync(sender);
        Assert.Equal((world.Tickets.Account, contact.Id), (ticket?.AccountId, ticket?.ContactId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HandleAsync_ReplyToTheAcknowledgement_LandsOnThatTicket(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var sender = TicketMailWorld.NewSender();
        await world.ReceiveAsync(TicketMailWorld.Mail("打印机无法连接", "打印机离线。", sender));
        await world.SendAsync();
        var ack = Assert.Single(world.Sent(), m => m.To.Mailboxes.Single().Address == sender);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(5));

        // The customer's client dropped the tag: the In-Reply-To header alone finds the ticket.
        await world.ReceiveAsync(TicketMailWorld.Mail("Re: 打印机", "重启后还是不行。", sender, ack.MessageId));

        var ticket = Assert.Single(await world.TicketsOfAsync(sender));
        var message = Assert.Single(await world.MessagesAsync(ticket.Id));
        Assert.Equal((TicketMessageKind.CustomerMessage, "重启后还是不行。"), (message.Kind, message.Body));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HandleAsync_TaggedReplyToAResolvedTicket_ReopensIt(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var ticket = await world.Tickets.OpenAsync();
        await world.Host.ChangeAsync<Ticket>(ticket.Id, (t, at) => t.ChangeStatus(TicketStatus.Resolved, world.Tickets.Admin, at));

        await world.ReceiveAsync(TicketMailWorld.Mail(
            $"回复：[#{ticket.Number}] VPN 无法连接", "又断了。", TicketMailWorld.NewSender()));

        var reloaded = await world.Host.ReloadAsync<Ticket>(ticket.Id);
        Assert.Equal((TicketStatus.Open, 1), (reloaded.Status, reloaded.ReopenCount));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HandleAsync_ReplyToAClosedTicket_OpensALinkedFollowUp(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var ticket = await world.Tickets.OpenAsync();
        await world.Host.ChangeAsync<Ticket>(ticket.Id, (t, at) => t.ChangeStatus(TicketStatus.Resolved, world.Tickets.Admin, at));
        await world.Host.ChangeAsync<Ticket>(ticket.Id, (t, at) => t.ChangeStatus(TicketStatus.Closed, world.Tickets.Admin, at));
        var sender = TicketMailWorld.NewSender();

        await world.ReceiveAsync(TicketMailWorld.Mail($"Re: [#{ticket.Number}] VPN", "问题又出现了。", sender));

        await using var db = await world.Host.OpenAsync();
        var followUp = Assert.Single(db.Tickets.Where(t => t.FollowUpOfTicketId == ticket.Id).ToList());
        Assert.Equal(("VPN 无法连接", "问题又出现了。"), (followUp.Subject, followUp.Description));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HandleAsync_SameMessageIdTwice_OpensOneTicket(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var sender = TicketMailWorld.NewSender();
        var handler = world.Host.Get<IInboundMailHandler>();
        var mail = new InboundMail
        {
            Key = $"{Guid.NewGuid():N}@customer.test",
            From = new InboundAddress(sender, "王建"),
            Subject = "合同续签",
            FullText = "请发一份续签合同。",
        };

        await handler.HandleAsync(mail, TestContext.Current.CancellationToken);
        await handler.HandleAsync(mail, TestContext.Current.CancellationToken);

        Assert.Single(await world.TicketsOfAsync(sender));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HandleAsync_MailWithNothingToFile_IsKeptAsideWithTheReason(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);

        await world.ReceiveAsync(TicketMailWorld.Mail("Re:", "   ", TicketMailWorld.NewSender()));

        var reason = Assert.Single(Directory.GetFiles(world.Rejected, "*.reason.txt"));
        var text = await File.ReadAllTextAsync(reason, TestContext.Current.CancellationToken);
        Assert.Contains("neither a subject nor any text", text);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task HandleAsync_RefusedAttachment_IsNotedOnTheTicketAndTheGoodOneKept(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var sender = TicketMailWorld.NewSender();
        var mail = TicketMailWorld.Mail("日志", "见附件。", sender);
        var body = new BodyBuilder { TextBody = "见附件。" };
        body.Attachments.Add("server.log", "第一行\n第二行"u8.ToArray());
        body.Attachments.Add("tool.exe", [0x4D, 0x5A, 0x90, 0x00]);
        mail.Body = body.ToMessageBody();

        await world.ReceiveAsync(mail);

        var ticket = await world.TicketOfAsync(sender);
        await using var db = await world.Host.OpenAsync();
        var kept = db.Attachments.Where(a => a.Owner.Id == ticket!.Id).Select(a => a.FileName).ToList();
        Assert.Equal(["server.log"], kept);
        Assert.Contains("tool.exe", ticket!.Description);
    }
}
