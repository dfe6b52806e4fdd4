using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

/// <summary>A host whose inbound mail comes from a pickup folder of its own, handed to a fake handler.</summary>
internal sealed class InboundMailWorld : IAsyncDisposable
{
    private readonly MailSamples _samples = new();

    private InboundMailWorld(CrmTestHost host, FakeMailHandler? handler)
    {
        Host = host;
        Handler = handler;
    }

    public CrmTestHost Host { get; }

    public FakeMailHandler? Handler { get; }

    public string Inbox => Path.Combine(_samples.Folder, "inbox");

    public string Processed => Path.Combine(Inbox, PickupFolderSource.ProcessedFolder);

    public string Rejected => Path.Combine(Inbox, PickupFolderSource.RejectedFolder);

    public static async Task<InboundMailWorld> StartAsync(
        MigratedDatabases databases, DatabaseProvider provider, bool withHandler = true, int maxAttempts = 3,
        Action<InboundMailOptions>? options = null, Action<IServiceCollection>? services = null)
    {
        var handler = withHandler ? new FakeMailHandler() : null;
        var inbox = "";
        var host = await databases.StartHostAsync(provider, registrations =>
        {
            registrations.Configure<InboundMailOptions>(o =>
            {
                o.PickupFolder = inbox;
                o.MaxAttempts = maxAttempts;
                options?.Invoke(o);
            });
            // The ticket side's handler is replaced: by the fake, or by nothing for a host without one.
            registrations.RemoveAll<IInboundMailHandler>();
            if (handler is not null)
            {
                registrations.AddSingleton<IInboundMailHandler>(handler);
            }

            services?.Invoke(registrations);
        });
        var world = new InboundMailWorld(host, handler);
        inbox = world.Inbox;
        Directory.CreateDirectory(inbox);

        return world;
    }

    /// <summary>Drops a mail into the inbox, as an outside writer would.</summary>
    public string Drop(MimeMessage message, string? name = null)
    {
        var path = Path.Combine(Inbox, name ?? $"{Guid.NewGuid():N}.eml");
        message.WriteTo(path);

        return Path.GetFileName(path);
    }

    public string DropText(string content, string name)
    {
        File.WriteAllText(Path.Combine(Inbox, name), content);

        return name;
    }

    public Task<InboundRound> RoundAsync() =>
        Host.Get<InboundMailProcessor>().ProcessOnceAsync(TestContext.Current.CancellationToken);

    public IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public async Task<InboundMailReceipt?> ReceiptAsync(string key)
    {
        await using var db = await Host.OpenAsync();

        return await db.Set<InboundMailReceipt>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Key == key, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _samples.Dispose();
    }
}
