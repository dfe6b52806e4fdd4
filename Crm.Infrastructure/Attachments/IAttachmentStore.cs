namespace Crm.Infrastructure.Attachments;

/// <summary>
/// The bytes of attachments, on disk under <see cref="AttachmentOptions.Root"/>. Files are
/// streamed, never held in memory whole. Uploads land in a staging folder first and move into
/// the dated folders only when attached (<see cref="Commit"/>).
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Streams <paramref name="content"/> to a temporary file while hashing it (SHA-256) and
    /// checks it on the way: the name's extension must be accepted, the first bytes must match
    /// it, and reading stops as soon as the size limit is passed. On any refusal
    /// (<see cref="Domain.Common.DomainException"/>, field "Attachments") or failure the partial
    /// file is deleted; on success it waits in staging under the returned token.
    /// </summary>
    Task<StagedAttachment> StageAsync(string fileName, Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a staged file into place and returns its storage key. Throws "Attachment.missing"
    /// when the staged file is gone (swept away or already attached) or its size changed.
    /// </summary>
    string Commit(StagedAttachment staged, DateTime at);

    /// <summary>Deletes a staged file that will not be attached; an unknown token changes nothing.</summary>
    void Discard(Guid token);

    /// <summary>Opens a stored file for reading; <see cref="FileNotFoundException"/> for an unknown key.</summary>
    Stream OpenRead(string storageKey);

    /// <summary>Deletes a stored file; a missing one changes nothing.</summary>
    void Delete(string storageKey);

    /// <summary>
    /// Deletes staged and half-written files last written before <paramref name="before"/>
    /// (abandoned replies, uploads cut off by a crash) and returns how many went.
    /// </summary>
    int SweepStaging(DateTime before);
}
