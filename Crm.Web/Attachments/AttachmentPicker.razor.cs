using System.Globalization;
using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Attachments;

/// <summary>
/// Adds files to something being written (a ticket reply, a record's files). Each chosen file is
/// checked here first (type by extension, size), then streamed to the attachment store with its
/// progress shown, where its content is checked again. Staged files are reported through
/// <see cref="StagedChanged"/>; the parent attaches them when it saves. A refused file shows its
/// reason in the list and goes to <see cref="OnRefused"/>; nothing else of the parent changes,
/// so what the person typed around the picker stays as it was.
/// </summary>
public sealed partial class AttachmentPicker : IAsyncDisposable
{
    private readonly List<PickedFile> _files = [];
    private AttachmentLimits _limits = AttachmentLimits.Default;

    /// <summary>Files staged so far; the parent clears it (after sending) to empty the picker.</summary>
    [Parameter]
    public IReadOnlyList<StagedAttachment> Staged { get; set; } = [];

    [Parameter]
    public EventCallback<IReadOnlyList<StagedAttachment>> StagedChanged { get; set; }

    /// <summary>Raised once per refused file, with the reason in the reader's language.</summary>
    [Parameter]
    public EventCallback<AttachmentRefusal> OnRefused { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>How many files the picker holds at most; the configured files per message by default.</summary>
    [Parameter]
    public int? MaxFiles { get; set; }

    [Inject]
    private IAttachmentService Attachments { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AttachmentText> Text { get; set; } = default!;

    private static string Accept => string.Join(",", AttachmentTypes.Extensions);

    private int Capacity => MaxFiles ?? _limits.MaxFilesPerMessage;

    private string Hint => string.Format(
        CultureInfo.CurrentCulture, Text["Picker.Hint"], Capacity, AttachmentRules.Megabytes(_limits.MaxFileBytes));

    private string AddButtonClass =>
        "crm-attach-add mud-button-root mud-button mud-button-outlined mud-button-outlined-primary "
        + "mud-button-outlined-size-small" + (Disabled ? " mud-disabled" : "");

    protected override void OnInitialized() => _limits = Attachments.Limits;

    // The parent cleared (or shortened) the staged list: files it no longer holds leave the picker.
    protected override void OnParametersSet() =>
        _files.RemoveAll(f => f.Staged is { } staged && !Staged.Any(s => s.Token == staged.Token));

    private async Task OnFilesChosenAsync(InputFileChangeEventArgs args)
    {
        var chosen = args.GetMultipleFiles(Math.Max(args.FileCount, 1));
        foreach (var file in chosen)
        {
            var picked = new PickedFile(file.Name, file.Size);
            _files.Add(picked);
            if (PrecheckCode(file) is { } code)
            {
                await RefuseAsync(picked, AttachmentRefusal.For(file.Name, code, _limits, Text));
                continue;
            }

            await UploadAsync(picked, file);
        }
    }

    private string? PrecheckCode(IBrowserFile file) =>
        _files.Count(f => f.Refusal is null) > Capacity
            ? "Attachment.too-many"
            : AttachmentRefusal.CodeBeforeUpload(file.Name, file.Size, _limits);

    private async Task UploadAsync(PickedFile picked, IBrowserFile file)
    {
        StateHasChanged();
        try
        {
            // The configured limit replaces the file input's own 512 KB default; the store
            // enforces it again while the bytes arrive.
            await using var content = new ProgressReadStream(
                file.OpenReadStream(_limits.MaxFileBytes, picked.Cancellation.Token), read => OnProgress(picked, read));
            picked.Staged = await Attachments.StageAsync(file.Name, content, picked.Cancellation.Token);
            await StagedChanged.InvokeAsync([.. Staged, picked.Staged]);
        }
        catch (DomainException error)
        {
            await RefuseAsync(picked, AttachmentRefusal.For(file.Name, error, _limits, Text));
        }
        catch (OperationCanceledException) when (picked.Cancellation.IsCancellationRequested)
        {
            _files.Remove(picked);
        }
        catch (IOException)
        {
            var message = string.Format(CultureInfo.CurrentCulture, Text["Picker.Unreadable"], file.Name);
            await RefuseAsync(picked, new AttachmentRefusal(file.Name, "Attachment.unreadable", message));
        }
    }

    private void OnProgress(PickedFile picked, long bytesRead)
    {
        if (picked.Progress(bytesRead))
        {
            _ = InvokeAsync(StateHasChanged);
        }
    }

    private async Task RefuseAsync(PickedFile picked, AttachmentRefusal refusal)
    {
        picked.Refusal = refusal;
        StateHasChanged();
        await OnRefused.InvokeAsync(refusal);
    }

    private async Task OnRemoveAsync(PickedFile picked)
    {
        _files.Remove(picked);
        if (picked.IsUploading)
        {
            await picked.Cancellation.CancelAsync();
            return;
        }

        if (picked.Staged is { } staged)
        {
            await Attachments.DiscardAsync(staged);
            await StagedChanged.InvokeAsync([.. Staged.Where(s => s.Token != staged.Token)]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files)
        {
            if (file.IsUploading)
            {
                await file.Cancellation.CancelAsync();
            }

            file.Cancellation.Dispose();
        }
    }
}
