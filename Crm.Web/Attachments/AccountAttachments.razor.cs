using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Attachments;

/// <summary>
/// The files tab of an account: its attachments, and a picker that attaches each file as soon
/// as it is uploaded (there is no message to wait for here). Files a colleague adds or deletes
/// appear and go without a reload.
/// </summary>
public sealed partial class AccountAttachments : IDisposable
{
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(300);

    private RecordAttachments? _list;
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;
    private Guid _loadedFor;
    private IReadOnlyList<StagedAttachment> _staged = [];
    private bool _saving;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    [Inject]
    private IAttachmentService Attachments { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private UserTimeZone TimeZone { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AttachmentText> Text { get; set; } = default!;

    private RecordLink Owner => new(RecordKind.Account, AccountId);

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    protected override async Task OnParametersSetAsync()
    {
        // The first load happens after the first render, once subscribed.
        if (_subscription is not null && _loadedFor != AccountId)
        {
            await LoadAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Subscribe before loading, so a file added in between is not missed.
        _refresh = new CoalescedRefresh(() => InvokeAsync(OnLiveRefreshAsync), LiveWindow);
        _subscription = Bus.Subscribe(OnLiveEventAsync);
        await TimeZone.LoadAsync();
        await LoadAsync();
        StateHasChanged();
    }

    private ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var ofThisAccount = domainEvent switch
        {
            AttachmentAdded added => added.OwnerKind == RecordKind.Account && added.OwnerId == AccountId,
            AttachmentRemoved removed => removed.OwnerKind == RecordKind.Account && removed.OwnerId == AccountId,
            _ => false,
        };
        if (ofThisAccount)
        {
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }

    private async Task OnLiveRefreshAsync()
    {
        try
        {
            // Listed again through the service, so visibility applies to live updates too.
            await LoadAsync();
            StateHasChanged();
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    private async Task LoadAsync()
    {
        _loadedFor = AccountId;
        _list = await Attachments.ListAsync(Owner);
    }

    private async Task OnStagedAsync(IReadOnlyList<StagedAttachment> staged)
    {
        _staged = staged;
        if (staged.Count == 0)
        {
            return;
        }

        _saving = true;
        try
        {
            var attached = await Attachments.AttachAsync(Owner, null, staged);
            Snackbar.Add(string.Format(Text["Account.Attached"], string.Join(", ", attached.Select(a => a.FileName))));
        }
        catch (Exception error) when (error is DomainException or ForbiddenException or NotFoundException)
        {
            Snackbar.Add(Text["Account.Failed"], Severity.Error);
        }
        finally
        {
            (_staged, _saving) = ([], false);
        }

        await LoadAsync();
    }

    private async Task OnDeleteAsync(AttachmentItem item)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["Account.DeleteTitle"], string.Format(Text["Account.DeleteConfirm"], item.FileName),
            yesText: Text["Account.Delete"], cancelText: Text["Account.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Attachments.DeleteAsync(item.Id);
            Snackbar.Add(string.Format(Text["Account.Deleted"], item.FileName));
        }
        catch (Exception error) when (error is ForbiddenException or NotFoundException)
        {
            Snackbar.Add(Text["Account.Failed"], Severity.Error);
        }

        await LoadAsync();
    }
}
