using System.Security.Cryptography;
using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Tests.Attachments;

/// <summary>The store on a real folder of its own per test.</summary>
public sealed class AttachmentStoreTests : IDisposable
{
    private const long Limit = 1024 * 1024;
    private static readonly DateTime At = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "crm-tests", $"attachments-{Guid.NewGuid():N}");
    private readonly AttachmentStore _store;

    public AttachmentStoreTests() =>
        _store = new AttachmentStore(
            Options.Create(new AttachmentOptions { Root = _root, MaxFileBytes = Limit }),
            NullLogger<AttachmentStore>.Instance);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string Staging => Path.Combine(_root, "staging");

    [Fact]
    public async Task StageAsync_StreamedInChunks_HashesTheWholeContent()
    {
        const int length = 300_000;
        var content = GeneratedStream.ContentOf(GeneratedStream.PngHead, length);
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));

        var staged = await _store.StageAsync("screen.png", new GeneratedStream(GeneratedStream.PngHead, length), Token);

        Assert.Equal((length, expected), (staged.SizeBytes, staged.Sha256));
    }

    [Fact]
    public async Task StageAsync_RootMissing_CreatesItAndWaitsInStaging()
    {
        var staged = await _store.StageAsync("notes.txt", new MemoryStream("你好"u8.ToArray()), Token);

        Assert.True(File.Exists(Path.Combine(Staging, staged.Token.ToString("N"))));
    }

    [Fact]
    public async Task StageAsync_PastTheLimit_StopsReadingAndRemovesThePartialFile()
    {
        var endless = new GeneratedStream(GeneratedStream.PngHead, 100 * Limit);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.StageAsync("big.png", endless, Token));

        Assert.Equal("Attachment.too-large", error.Code);
        Assert.InRange(endless.BytesRead, Limit, Limit + 100_000);
        Assert.Empty(Directory.EnumerateFiles(Staging));
    }

    [Fact]
    public async Task StageAsync_ExecutableNamedPng_IsRefusedAndLeavesNothing()
    {
        var executable = new GeneratedStream("MZ\x90\x00"u8.ToArray(), 200_000);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.StageAsync("cat.png", executable, Token));

        Assert.Equal("Attachment.content-mismatch", error.Code);
        Assert.Empty(Directory.EnumerateFiles(Staging));
    }

    [Fact]
    public async Task StageAsync_ShortFileOfTheWrongKind_IsRefused()
    {
        var act = () => _store.StageAsync("tiny.pdf", new MemoryStream("hello"u8.ToArray()), Token);

        Assert.Equal("Attachment.content-mismatch", (await Assert.ThrowsAsync<DomainException>(act)).Code);
    }

    [Fact]
    public async Task StageAsync_ExtensionNotAccepted_ReadsNothing()
    {
        var content = new GeneratedStream("MZ"u8.ToArray(), 1000);

        await Assert.ThrowsAsync<DomainException>(() => _store.StageAsync("setup.exe", content, Token));

        Assert.Equal(0, content.BytesRead);
    }

    [Fact]
    public async Task Commit_StagedFile_MovesIntoTheDatedFolderAndOpensWithTheSameBytes()
    {
        var staged = await _store.StageAsync("notes.txt", new MemoryStream("第一行\n"u8.ToArray()), Token);

        var key = _store.Commit(staged, At);

        await using var opened = _store.OpenRead(key);
        Assert.Equal($"2026/03/{staged.Token:N}", key);
        Assert.Equal("第一行\n"u8.ToArray(), await ReadAllAsync(opened));
    }

    [Fact]
    public async Task Commit_DiscardedFile_ThrowsMissing()
    {
        var staged = await _store.StageAsync("notes.txt", new MemoryStream("x"u8.ToArray()), Token);
        _store.Discard(staged.Token);

        var error = Assert.Throws<DomainException>(() => _store.Commit(staged, At));

        Assert.Equal("Attachment.missing", error.Code);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("2026/03/../../x")]
    public void OpenRead_KeyNotMadeByTheStore_ThrowsFileNotFound(string key)
    {
        Assert.Throws<FileNotFoundException>(() => _store.OpenRead(key));
    }

    [Fact]
    public async Task Delete_StoredFile_RemovesIt()
    {
        var staged = await _store.StageAsync("notes.txt", new MemoryStream("x"u8.ToArray()), Token);
        var key = _store.Commit(staged, At);

        _store.Delete(key);

        Assert.Throws<FileNotFoundException>(() => _store.OpenRead(key));
    }

    [Fact]
    public async Task SweepStaging_OldAndNewUploads_RemovesOnlyTheOldOnes()
    {
        var old = await _store.StageAsync("old.txt", new MemoryStream("x"u8.ToArray()), Token);
        var fresh = await _store.StageAsync("new.txt", new MemoryStream("y"u8.ToArray()), Token);
        var abandoned = Path.Combine(Staging, $"{Guid.NewGuid():N}.part");
        await File.WriteAllTextAsync(abandoned, "half", Token);
        var oldPath = Path.Combine(Staging, old.Token.ToString("N"));
        File.SetLastWriteTimeUtc(oldPath, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-2));

        var swept = _store.SweepStaging(DateTime.UtcNow.AddDays(-1));

        Assert.Equal(2, swept);
        Assert.Equal([fresh.Token.ToString("N")], Directory.EnumerateFiles(Staging).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Token);

        return copy.ToArray();
    }
}
