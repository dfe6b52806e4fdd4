using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// Reads the unseen mails of an IMAP folder (<see cref="ImapOptions"/>). A mail is fetched
/// with BODY.PEEK, so it stays unseen until the handler has succeeded; then it is moved to
/// <see cref="ImapOptions.ProcessedFolder"/> or, without one, marked seen. A rejected mail is
/// flagged and marked seen (moved to <see cref="ImapOptions.RejectedFolder"/> when set) and a
/// copy goes to the pickup folder's rejected/ with its reason, where every rejection is found.
/// </summary>
internal sealed class ImapMailSource(
    IOptions<InboundMailOptions> options, InboundMailReader reader, PickupFolderSource pickup)
    : IInboundMailSource
{
    private ImapOptions Imap => options.Value.Imap;

    private long MaxBytes => options.Value.MaxMessageBytes;

    private InboundMailReader Reader => reader;

    private PickupFolderSource Pickup => pickup;

    public string Description => $"IMAP {Imap.Host}:{Imap.Port}/{Imap.Folder}";

    public async Task<IInboundMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new ImapClient();
        try
        {
            await client.ConnectAsync(Imap.Host, Imap.Port, Imap.Tls, cancellationToken);
            await client.AuthenticateAsync(Imap.User, Imap.Password, cancellationToken);
            var folder = await client.GetFolderAsync(Imap.Folder, cancellationToken);
            await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            // Looked up before any mail is handled: a folder that does not exist fails the round
            // at once instead of after the handler, which would leave handled mail unseen.
            var processed = await FolderAsync(client, Imap.ProcessedFolder, cancellationToken);
            var rejected = await FolderAsync(client, Imap.RejectedFolder, cancellationToken);

            return new Session(client, folder, new Targets(processed, rejected), this);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task<IMailFolder?> FolderAsync(
        ImapClient client, string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folder = await client.GetFolderAsync(name.Trim(), cancellationToken);

        return folder.Exists ? folder : throw new FolderNotFoundException(name.Trim());
    }

    private sealed record Targets(IMailFolder? Processed, IMailFolder? Rejected);

    private sealed class Session(ImapClient client, IMailFolder folder, Targets targets, ImapMailSource source)
        : IInboundMailSession
    {
        private readonly Dictionary<string, long> _sizes = [];

        public async Task<IReadOnlyList<PendingMail>> ListAsync(int max, CancellationToken cancellationToken)
        {
            var uids = (await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken)).Take(max).ToList();
            if (uids.Count == 0)
            {
                return [];
            }

            var summaries = await folder.FetchAsync(
                uids, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Size), cancellationToken);
            foreach (var summary in summaries)
            {
                _sizes[summary.UniqueId.ToString()] = summary.Size ?? 0;
            }

            return [.. uids.Select(u => new PendingMail(u.ToString()))];
        }

        public async Task<InboundMail> ReadAsync(PendingMail mail, CancellationToken cancellationToken)
        {
            var limit = source.MaxBytes;
            if (_sizes.GetValueOrDefault(mail.Id) > limit)
            {
                throw new MalformedMailException(
                    $"The mail is {_sizes[mail.Id]} bytes, over the limit of {limit} (Mail:Inbound:MaxMessageBytes).");
            }

            // MailKit buffers a fetched message; it is written to a file at once and parsed from there.
            var file = Path.Combine(Path.GetTempPath(), $"crm-imap-{Guid.NewGuid():N}.eml");
            try
            {
                await using (var raw = await folder.GetStreamAsync(Uid(mail), cancellationToken))
                await using (var copy = File.Create(file))
                {
                    await raw.CopyToAsync(copy, cancellationToken);
                }

                return await source.Reader.ReadAsync(file, cancellationToken);
            }
            finally
            {
                File.Delete(file);
            }
        }

        public async Task CompleteAsync(PendingMail mail, CancellationToken cancellationToken)
        {
            if (targets.Processed is null)
            {
                await folder.AddFlagsAsync(Uid(mail), MessageFlags.Seen, true, cancellationToken);
                return;
            }

            await folder.MoveToAsync(Uid(mail), targets.Processed, cancellationToken);
        }

        public async Task RejectAsync(PendingMail mail, string reason, CancellationToken cancellationToken)
        {
            await using (var raw = await folder.GetStreamAsync(Uid(mail), cancellationToken))
            {
                var name = $"imap-{folder.UidValidity}-{mail.Id}.eml";
                await source.Pickup.KeepRejectedAsync(raw, name, reason, cancellationToken);
            }

            await folder.AddFlagsAsync(Uid(mail), MessageFlags.Seen | MessageFlags.Flagged, true, cancellationToken);
            if (targets.Rejected is not null)
            {
                await folder.MoveToAsync(Uid(mail), targets.Rejected, cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
            catch (Exception ex) when (ex is IOException or ImapProtocolException or ImapCommandException)
            {
                // The round is over either way; a connection that broke on the way out changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }

        private static UniqueId Uid(PendingMail mail) => UniqueId.Parse(mail.Id);
    }
}
