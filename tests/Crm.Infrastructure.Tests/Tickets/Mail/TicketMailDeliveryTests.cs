using Crm.Infrastructure.Mail;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Tickets.Mail;

/// <summary>
/// An agent's public reply goes to the customer as mail after the commit, tagged and threaded;
/// a send that fails is kept and tried again, not lost.
/// </summary>
public sealed class TicketMailDeliveryTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReplyAsync_PublicReply_IsWrittenAsMailWithTheTagAndThreadHeaders(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var sender = TicketMailWorld.NewSender();
        var mail = TicketMailWorld.Mail("打印机无法连接", "打印机离线。", sender);
        await world.ReceiveAsync(mail);
        var ticket = (await world.TicketOfAsync(sender))!;
        world.Tickets.SignInAsAdmin();

        await world.Tickets.Tickets.ReplyAsync(ticket.Id, ticket.Version, "请先重启打印机。\n\n如仍有问题请回复。", Ct);
        await world.SendAsync();

        var reply = Assert.Single(world.Sent(), m => m.TextBody?.Contains("请先重启打印机", StringComparison.Ordinal) == true);
        Assert.Equal(
            ($"Re: [#{ticket.Number}] 打印机无法连接", mail.MessageId, sender),
            (reply.Subject, reply.InReplyTo, reply.To.Mailboxes.Single().Address));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ReplyAsync_ReplyOfTheCustomer_ThreadsToTheAgentsMail(DatabaseProvider provider)
    {
        await using var world = await TicketMailWorld.StartAsync(databases, provider);
        var ticket = await world.Tickets.OpenAsync();
        world.Tickets.SignInAsAdmin();
        var version = (await world.Tickets.ViewAsync(ticket)).Version;
        await world.Tickets.Tickets.ReplyAsync(ticket.Id, version, "Please restart the VPN client.", Ct);
        await world.SendAsync();
        var sent = Assert.Single(world.Sent());
        world.Host.Clock.Advance(TimeSpan.FromMinutes(3));

        await world.ReceiveAsync(TicketMailWorld.Mail("Re: VPN", "Done, still failing.", "x@customer.test", sent.MessageId));

        var messages = await world.MessagesAsync(ticket.Id);
        Assert.Equal("Done, still failing.", messages[^1].Body);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SendDueAsync_SenderFails_KeepsTheMailAndSendsItOnTheNextTry(DatabaseProvider provider)
    {
        var mailer = new FlakyMailSender();
        await using var world = await TicketMailWorld.StartAsync(
            databases, provider, services => services.AddSingleton<IMailSender>(mailer));
        var sender = TicketMailWorld.NewSender();
        await world.ReceiveAsync(TicketMailWorld.Mail("合同续签", "请发续签合同。", sender));
        await world.SendAsync();

        world.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        await world.SendAsync();

        Assert.Equal(1, mailer.Delivered);
        Assert.Equal(2, await AttemptsAsync(world, (await world.TicketOfAsync(sender))!.Id));
    }

    private static async Task<int> AttemptsAsync(TicketMailWorld world, Guid ticketId)
    {
        await using var db = await world.Host.OpenAsync();

        return await db.Set<OutgoingTicketMail>().Where(m => m.TicketId == ticketId && m.SentAt != null)
            .Select(m => m.Attempts).SingleAsync(Ct);
    }

    /// <summary>Refuses the first mail as an unreachable server would, then delivers.</summary>
    private sealed class FlakyMailSender : IMailSender
    {
        private int _calls;

        public int Delivered { get; private set; }

        public Task<string> SendAsync(MailMessage message, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                throw new IOException("SMTP server not reachable");
            }

            Delivered++;

            return Task.FromResult($"{Guid.NewGuid():N}@crm.test");
        }
    }
}
