using System.Globalization;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// Reads .eml files dropped into <see cref="InboundMailOptions.PickupFolder"/>. Handled files
/// move to <c>processed/</c>, unusable ones to <c>rejected/</c> with a <c>.reason.txt</c>
/// beside them; nothing is deleted. Writers should write under another name (.tmp) and rename,
/// as the outgoing sender does, so a half-written file is never read.
/// </summary>
internal sealed class PickupFolderSource(
    IOptions<InboundMailOptions> options, InboundMailReader reader, TimeProvider clock)
    : IInboundMailSource
{
    public const string ProcessedFolder = "processed";
    public const string RejectedFolder = "rejected";

    private readonly string _folder = Path.GetFullPath(options.Value.PickupFolder);

    public string Description => $"pickup folder {_folder}";

    public Task<IInboundMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(_folder, ProcessedFolder));
        Directory.CreateDirectory(Path.Combine(_folder, RejectedFolder));

        return Task.FromResult<IInboundMailSession>(new Session(this));
    }

    private Task<IReadOnlyList<PendingMail>> ListAsync(int max, CancellationToken cancellationToken)
    {
        IReadOnlyList<PendingMail> files = [.. new DirectoryInfo(_folder).EnumerateFiles("*.eml")
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(f => new PendingMail(f.Name))];

        return Task.FromResult(files);
    }

    private Task<InboundMail> ReadAsync(PendingMail mail, CancellationToken cancellationToken) =>
        reader.ReadAsync(Path.Combine(_folder, mail.Id), cancellationToken);

    private Task CompleteAsync(PendingMail mail, CancellationToken cancellationToken)
    {
        MoveTo(mail.Id, ProcessedFolder);

        return Task.CompletedTask;
    }

    private async Task RejectAsync(PendingMail mail, string reason, CancellationToken cancellationToken)
    {
        var moved = MoveTo(mail.Id, RejectedFolder);
        await File.WriteAllTextAsync(moved + ".reason.txt", Note(mail.Id, reason), cancellationToken);
    }

    /// <summary>Writes a mail fetched elsewhere (IMAP) into rejected/ with its reason.</summary>
    internal async Task KeepRejectedAsync(Stream raw, string name, string reason, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(_folder, RejectedFolder));
        var target = FreeName(Path.Combine(_folder, RejectedFolder), name);
        await using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        {
            await raw.CopyToAsync(file, cancellationToken);
        }

        await File.WriteAllTextAsync(target + ".reason.txt", Note(name, reason), cancellationToken);
    }

    private string Note(string source, string reason)
    {
        var at = clock.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        return $"Rejected {at} UTC ({source}):{Environment.NewLine}{reason}{Environment.NewLine}";
    }

    private string MoveTo(string name, string subfolder)
    {
        var target = FreeName(Path.Combine(_folder, subfolder), name);
        File.Move(Path.Combine(_folder, name), target);

        return target;
    }

    // A second mail of the same file name gets "-2", "-3" … instead of replacing the first.
    private static string FreeName(string folder, string name)
    {
        var target = Path.Combine(folder, name);
        for (var n = 2; File.Exists(target); n++)
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
        }

        return target;
    }

    // The folder needs no connection, so a round's session is a thin view on the source.
    private sealed class Session(PickupFolderSource folder) : IInboundMailSession
    {
        public Task<IReadOnlyList<PendingMail>> ListAsync(int max, CancellationToken cancellationToken) =>
            folder.ListAsync(max, cancellationToken);

        public Task<InboundMail> ReadAsync(PendingMail mail, CancellationToken cancellationToken) =>
            folder.ReadAsync(mail, cancellationToken);

        public Task CompleteAsync(PendingMail mail, CancellationToken cancellationToken) =>
            folder.CompleteAsync(mail, cancellationToken);

        public Task RejectAsync(PendingMail mail, string reason, CancellationToken cancellationToken) =>
            folder.RejectAsync(mail, reason, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
