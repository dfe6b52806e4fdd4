using Crm.Infrastructure.Attachments;

namespace Crm.Web.Attachments;

/// <summary>One file in the picker: uploading (with progress), staged, or refused with a reason.</summary>
internal sealed class PickedFile(string name, long sizeBytes)
{
    public Guid Key { get; } = Guid.NewGuid();

    public string Name { get; } = name;

    public long SizeBytes { get; } = sizeBytes;

    public int Percent { get; private set; }

    public StagedAttachment? Staged { get; set; }

    public AttachmentRefusal? Refusal { get; set; }

    public CancellationTokenSource Cancellation { get; } = new();

    public bool IsUploading => Staged is null && Refusal is null;

    /// <summary>Updates the progress; true when the whole percentage changed (worth a render).</summary>
    public bool Progress(long bytesRead)
    {
        var percent = SizeBytes == 0 ? 100 : (int)Math.Min(100, bytesRead * 100 / SizeBytes);
        var changed = percent != Percent;
        Percent = percent;

        return changed;
    }
}
