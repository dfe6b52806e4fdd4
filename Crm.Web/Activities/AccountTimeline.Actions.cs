using Crm.Domain.Activities;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets.Customer360;
using MudBlazor;

namespace Crm.Web.Activities;

// Logging, correcting and deleting from the timeline.
public sealed partial class AccountTimeline
{
    private static readonly DialogOptions DialogOptions = new()
    {
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
        CloseButton = true,
        CloseOnEscapeKey = true,
    };

    private async Task OnQuickLogAsync(ActivityKind kind)
    {
        var parameters = new DialogParameters<LogActivityDialog>
        {
            { d => d.AccountId, AccountId },
            { d => d.Kind, kind },
            { d => d.ContactId, ContactId },
            { d => d.Related, Related },
        };
        var item = await ShowDialogAsync(parameters);
        if (item is not null)
        {
            Show(item);
            Snackbar.Add(Text["Timeline.Logged"], Severity.Success);
        }
    }

    private async Task OnEditAsync(ActivityItem existing)
    {
        var parameters = new DialogParameters<LogActivityDialog>
        {
            { d => d.AccountId, AccountId },
            { d => d.Existing, existing },
        };
        var item = await ShowDialogAsync(parameters);
        if (item is not null)
        {
            Show(item);
        }
    }

    private async Task OnDeleteAsync(ActivityItem item)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["Delete.Title"], Text["Delete.Message"], Text["Action.Delete"], cancelText: Text["Action.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Activities.DeleteAsync(item.Id, item.Version);
            _items?.RemoveAll(i => i.Key == item.Id);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException)
        {
            Snackbar.Add(Text["Error.conflict"], Severity.Warning);
            await ReloadAsync();
        }
    }

    private async Task<ActivityItem?> ShowDialogAsync(DialogParameters<LogActivityDialog> parameters)
    {
        var dialog = await Dialogs.ShowAsync<LogActivityDialog>(Text["Dialog.LogTitle"], parameters, DialogOptions);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: ActivityItem item } ? item : null;
    }

    // Puts a saved activity where it belongs at once, without waiting for the live refresh.
    private void Show(ActivityItem item)
    {
        _items ??= [];
        _items.RemoveAll(i => i.Key == item.Id);
        var fits = (_kinds.Count == 0 || _kinds.Contains(item.Kind.ToString()))
            && (ContactId is null || item.ContactId == ContactId);
        var beyondLoaded = _next is not null && _items.Count > 0 && item.OccurredAt < _items[^1].At;
        if (fits && !beyondLoaded)
        {
            _items.Add(new CustomerTimelineItem(item, null));
            _items = [.. _items.OrderByDescending(i => i.At).ThenByDescending(i => i.Key)];
        }
    }
}
