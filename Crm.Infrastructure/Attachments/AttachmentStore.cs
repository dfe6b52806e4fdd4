using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Attachments;

/// <summary>
/// Files under the root: <c>staging/{token}.part</c> while an upload is being written,
/// <c>staging/{token}</c> once it passed the checks, <c>{yyyy}/{MM}/{token}</c> once attached.
/// Stored files carry no extension, so nothing in the folder is ever run or served by name.
/// </summary>
internal sealed partial class AttachmentStore(IOptions<AttachmentOptions> options, ILogger<AttachmentStore> logger)
    : IAttachmentStore
{
    private const int BufferSize = 81920;
    private const string PartSuffix = ".part";

    private readonly string _root = Path.GetFullPath(options.Value.Root);
    private readonly AttachmentLimits _limits = options.Value.Limits;

    private string StagingFolder => Path.Combine(_root, "staging");

    public async Task<StagedAttachment> StageAsync(
        string fileName, Stream content, CancellationToken cancellationToken)
    {
        var name = AttachmentFileName.Original(fileName);
        var type = AttachmentRules.TypeOf(name);
        var token = Guid.NewGuid();
        var part = StagedPath(token) + PartSuffix;
        Directory.CreateDirectory(StagingFolder);

        try
        {
            var (size, sha256) = await CopyCheckedAsync(name, type, content, part, cancellationToken);
            File.Move(part, StagedPath(token));
            AttachmentsLog.Staged(logger, token, size);

            return new StagedAttachment(token, name, type.ContentType, size, sha256);
        }
        catch
        {
            TryDelete(part);
            throw;
        }
    }

    public string Commit(StagedAttachment staged, DateTime at)
    {
        var source = StagedPath(staged.Token);
        if (!File.Exists(source) || new FileInfo(source).Length != staged.SizeBytes)
        {
            throw new DomainException(
                "Attachment.missing", $"{staged.FileName} is no longer waiting to be attached; add it again.",
                AttachmentRules.Field);
        }

        // Invariant: a culture with another calendar would otherwise name the year differently.
        var key = string.Create(CultureInfo.InvariantCulture, $"{at:yyyy}/{at:MM}/{staged.Token:N}");
        var target = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(source, target);

        return key;
    }

    public void Discard(Guid token) => TryDelete(StagedPath(token));

    public Stream OpenRead(string storageKey) =>
        new FileStream(
            PathOf(storageKey), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize,
            FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Delete(string storageKey) => TryDelete(PathOf(storageKey));

    public int SweepStaging(DateTime before)
    {
        if (!Directory.Exists(StagingFolder))
        {
            return 0;
        }

        var swept = 0;
        foreach (var file in new DirectoryInfo(StagingFolder).EnumerateFiles())
        {
            if (file.LastWriteTimeUtc < before && TryDelete(file.FullName))
            {
                swept++;
            }
        }

        return swept;
    }

    // Hashes and writes chunk by chunk; the size is checked after every read, so at most one
    // buffer is read past the limit, and the first bytes are checked once enough have arrived.
    private async Task<(long Size, string Sha256)> CopyCheckedAsync(
        string name, AttachmentType type, Stream content, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new HeadBytes();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long size = 0;
        try
        {
            await using var target = new FileStream(
                path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                size += read;
                AttachmentRules.CheckSize(name, size, _limits);
                head.Add(buffer.AsSpan(0, read), span => AttachmentRules.CheckContent(name, type, span));
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        AttachmentRules.CheckNotEmpty(name, size);
        head.Finish(span => AttachmentRules.CheckContent(name, type, span));

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private string StagedPath(Guid token) => Path.Combine(StagingFolder, token.ToString("N"));

    // Keys are made here only; anything else (a path with "..", an absolute path) is refused
    // before it reaches the file system.
    private string PathOf(string storageKey) =>
        StorageKeyPattern().IsMatch(storageKey)
            ? Path.Combine(_root, storageKey.Replace('/', Path.DirectorySeparatorChar))
            : throw new FileNotFoundException("No stored file has this key.", storageKey);

    private bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);

            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            AttachmentsLog.DeleteFailed(logger, Path.GetFileName(path), error);

            return false;
        }
    }

    [GeneratedRegex("^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}$")]
    private static partial Regex StorageKeyPattern();

    /// <summary>Collects the first bytes of a stream and checks them once, when enough have come.</summary>
    private sealed class HeadBytes
    {
        private readonly byte[] _bytes = new byte[FileSignature.HeadLength];
        private int _length;
        private bool _checked;

        public delegate void Check(ReadOnlySpan<byte> head);

        public void Add(ReadOnlySpan<byte> chunk, Check check)
        {
            if (_checked)
            {
                return;
            }

            var take = Math.Min(chunk.Length, _bytes.Length - _length);
            chunk[..take].CopyTo(_bytes.AsSpan(_length));
            _length += take;
            if (_length == _bytes.Length)
            {
                Finish(check);
            }
        }

        public void Finish(Check check)
        {
            if (!_checked)
            {
                _checked = true;
                check(_bytes.AsSpan(0, _length));
            }
        }
    }
}
