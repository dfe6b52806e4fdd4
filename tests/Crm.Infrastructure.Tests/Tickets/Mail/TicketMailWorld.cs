using Crm.Domain.Customers;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Mail;
using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Crm.Infrastructure.Tests.Tickets.Mail;

/// <summary>
/// The ticket world of <see cref="TicketWorld"/> with mail: an inbox folder the CRM reads, an
/// outgoing pickup folder it writes to, and attachments in a folder of their own. Customers'
/// tickets go to the world's 技术支持 queue. Writes are by nobody signed in, as in the poller.
/// </summary>
internal sealed class TicketMailWorld : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crm-tests", $"ticketmail-{Guid.NewGuid():N}");

    private TicketMailWorld(CrmTestHost host, TicketWorld tickets)
    {
        Host = host;
        Tickets = tickets;
    }

    public CrmTestHost Host { get; }

    public TicketWorld Tickets { get; }

    public string Inbox => Path.Combine(_root, "inbox");

    public string Outbox => Path.Combine(_root, "outbox");

    public string Rejected => Path.Combine(Inbox, PickupFolderSource.RejectedFolder);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TicketMailWorld> StartAsync(
        MigratedDatabases databases, DatabaseProvider provider, Action<IServiceCollection>? services = null)
    {
        TicketMailWorld? world = null;
        var queueName = "";
        var host = await databases.StartHostAsync(provider, registrations =>
        {
            registrations.Configure<InboundMailOptions>(o => o.PickupFolder = world!.Inbox);
            registrations.Configure<MailOptions>(o =>
            {
                o.PickupFolder = world!.Outbox;
                o.SenderAddress = "support@crm.test";
            });
            registrations.Configure<AttachmentOptions>(o => o.Root = Path.Combine(world!._root, "files"));
            registrations.Configure<TicketMailOptions>(o => o.IntakeQueue = queueName);
            // Mail is handled by nobody in particular, as in the poller's scope: no audit user.
            registrations.AddSingleton<IActor, SystemActor>();
            services?.Invoke(registrations);
        });
        var tickets = await TicketWorld.CreateAsync(host);
        world = new TicketMailWorld(host, tickets);
        Directory.CreateDirectory(world.Inbox);
        await using var db = await host.OpenAsync();
        queueName = await db.TicketQueues.Where(q => q.Id == tickets.TechQueue).Select(q => q.Name).SingleAsync(Ct);

        return world;
    }

    /// <summary>A customer's mail from a sender of the test's own, so tests sharing a database stay apart.</summary>
    public static MimeMessage Mail(string subject, string text, string from, string? inReplyTo = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("王建", from));
        message.To.Add(new MailboxAddress("Support", "support@crm.test"));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("customer.test");
        message.InReplyTo = inReplyTo;
        message.Body = new TextPart("plain") { Text = text };

        return message;
    }

    public static string NewSender() => $"wang.jian.{Guid.NewGuid():N}@customer.test";

    /// <summary>Drops the mail into the inbox and lets the poller take one look.</summary>
    public async Task<InboundRound> ReceiveAsync(MimeMessage message)
    {
        message.WriteTo(Path.Combine(Inbox, $"{Guid.NewGuid():N}.eml"));

        var round = await Host.Get<InboundMailProcessor>().ProcessOnceAsync(Ct);
        if (round.Failed > 0)
        {
            await using var db = await Host.OpenAsync();
            var key = message.MessageId;
            var error = await db.Set<InboundMailReceipt>().Where(r => r.Key == key).Select(r => r.LastError)
                .FirstOrDefaultAsync(Ct);
            throw new InvalidOperationException($"The handler failed: {error}");
        }

        return round;
    }

    /// <summary>Sends what is due, as the background sender does after a commit.</summary>
    public Task<int> SendAsync() => Host.Get<TicketMailDelivery>().SendDueAsync(Ct);

    /// <summary>The mails written to the outgoing pickup folder, oldest first.</summary>
    public List<MimeMessage> Sent() => Directory.Exists(Outbox)
        ? [.. Directory.EnumerateFiles(Outbox, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))]
        : [];

    public async Task<Ticket?> TicketOfAsync(string requester)
    {
        await using var db = await Host.OpenAsync();

        return await db.Tickets.AsNoTracking().Where(t => t.RequesterEmail == requester)
            .OrderByDescending(t => t.Number).FirstOrDefaultAsync(Ct);
    }

    public async Task<List<Ticket>> TicketsOfAsync(string requester)
    {
        await using var db = await Host.OpenAsync();

        return await db.Tickets.AsNoTracking().Where(t => t.RequesterEmail == requester).ToListAsync(Ct);
    }

    public async Task<List<TicketMessage>> MessagesAsync(Guid ticketId)
    {
        await using var db = await Host.OpenAsync();

        return await db.TicketMessages.AsNoTracking().Where(m => m.TicketId == ticketId)
            .OrderBy(m => m.Sequence).ToListAsync(Ct);
    }

    public async Task<Contact> ContactAsync(string email)
    {
        var contact = Contact.Create(
            Guid.CreateVersion7(), Tickets.Account, new ContactDetails("王建", null, null, null, email, null),
            Host.Now);

        return await Host.SaveNewAsync(contact);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
