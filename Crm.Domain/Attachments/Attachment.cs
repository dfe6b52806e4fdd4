using Crm.Domain.Common;

namespace Crm.Domain.Attachments;

/// <summary>
/// A file kept with a record: who it belongs to (<see cref="Owner"/>, and within it optionally
/// one message such as a ticket reply), what it is and where its bytes are stored. The bytes
/// live outside the database under <see cref="StorageKey"/>; this row is only the metadata.
/// </summary>
public sealed class Attachment : AggregateRoot
{
    private Attachment(Guid id)
        : base(id)
    {
        Owner = null!;
        FileName = OriginalFileName = ContentType = Sha256 = StorageKey = "";
    }

    public RecordLink Owner { get; private set; }

    /// <summary>The message of the owner the file came with (a ticket reply); null for the record itself.</summary>
    public Guid? MessageId { get; private set; }

    /// <summary>The safe name the file is downloaded as (<see cref="AttachmentFileName.Safe"/>).</summary>
    public string FileName { get; private set; }

    /// <summary>The name as the uploader's computer called it, for display.</summary>
    public string OriginalFileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the content, 64 lower-case hex digits.</summary>
    public string Sha256 { get; private set; }

    /// <summary>Where the store keeps the bytes; opaque outside the store.</summary>
    public string StorageKey { get; private set; }

    /// <summary>The user who added the file; null when the customer sent it (by mail, the public form).</summary>
    public Guid? UploadedById { get; private set; }

    /// <summary>When the file was attached, in UTC.</summary>
    public DateTime UploadedAt { get; private set; }

    /// <summary>
    /// Records a stored file as attached to <paramref name="owner"/>. The name must have an
    /// accepted extension (<see cref="AttachmentRules.TypeOf"/>), the size must be positive and
    /// within <paramref name="limits"/>, the hash 64 hex digits and the storage key present.
    /// </summary>
    public static Attachment Create(
        Guid id, RecordLink owner, Guid? messageId, StoredFile file, AttachmentLimits limits, Guid? uploadedById,
        DateTime at)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var original = AttachmentFileName.Original(file.OriginalFileName);
        var type = AttachmentRules.TypeOf(original);
        AttachmentRules.CheckNotEmpty(original, file.SizeBytes);
        AttachmentRules.CheckSize(original, file.SizeBytes, limits);

        var attachment = new Attachment(id)
        {
            // A copy: EF tracks an owned value per owner, so two attachments cannot share one instance.
            Owner = owner with { },
            MessageId = messageId,
            FileName = AttachmentFileName.Safe(original),
            OriginalFileName = original,
            ContentType = type.ContentType,
            SizeBytes = file.SizeBytes,
            Sha256 = CheckedHash(file.Sha256),
            StorageKey = Guard.Required(file.StorageKey, nameof(StorageKey), 200),
            UploadedById = uploadedById is { } by ? Guard.NotEmpty(by, "UploadedBy") : null,
            UploadedAt = Clock.Utc(at),
        };
        attachment.Record(new AttachmentAdded(
            id, 1, attachment.UploadedAt, owner.Kind, owner.Id, messageId, attachment.FileName, file.SizeBytes));

        return attachment;
    }

    /// <summary>Records that the file is taken away; the caller deletes the row and the bytes.</summary>
    public void Remove(DateTime at) =>
        Record(new AttachmentRemoved(Id, NextVersion, Clock.Utc(at), Owner.Kind, Owner.Id, MessageId));

    /// <summary>The kind of file, by the name it was accepted under.</summary>
    public AttachmentType Type => AttachmentRules.TypeOf(FileName);

    private static string CheckedHash(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)
            ? sha256
            : throw new DomainException(
                "Sha256.invalid", "The content hash must be 64 lower-case hex digits.", "Sha256");
}

/// <summary>The bytes of a file as the store keeps them, before they are attached to anything.</summary>
public sealed record StoredFile(string OriginalFileName, long SizeBytes, string Sha256, string StorageKey);

/// <summary>A file was attached; live lists of the owner (and of the message) add it.</summary>
public sealed record AttachmentAdded(
    Guid AggregateId, int Version, DateTime OccurredAt, RecordKind OwnerKind, Guid OwnerId, Guid? MessageId,
    string FileName, long SizeBytes) : IDomainEvent;

/// <summary>A file was removed from its owner.</summary>
public sealed record AttachmentRemoved(
    Guid AggregateId, int Version, DateTime OccurredAt, RecordKind OwnerKind, Guid OwnerId, Guid? MessageId)
    : IDomainEvent;
