using System.Globalization;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Notifications;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Notifications;

/// <summary>
/// Every notification of the signed-in user, newest first, a page at a time, all or only the
/// unread ones (kept in the address, so back and reload keep the view). Each can be marked
/// read or unread; the list follows new notifications live.
/// </summary>
public sealed partial class NotificationsPage : IDisposable
{
    internal const int PageSize = 20;

    private Page<NotificationItem>? _page;
    private int _unread;
    private bool _busy;
    private NotificationFeed? _feed;
    private (bool UnreadOnly, int Page)? _loadedFor;

    [SupplyParameterFromQuery(Name = "unread")]
    public bool UnreadOnly { get; set; }

    /// <summary>The page shown, counted from 1 as in the address.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    [Inject]
    private INotificationService Notifications { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<NotificationText> Text { get; set; } = default!;

    private int CurrentPage => Math.Max((PageNumber ?? 1) - 1, 0);

    private int PageCount => _page is null ? 0 : (_page.TotalCount + PageSize - 1) / PageSize;

    private string UnreadFilterText => _unread == 0
        ? Text["Filter.Unread"]
        : $"{Text["Filter.Unread"]} ({_unread.ToString(CultureInfo.CurrentCulture)})";

    private string RangeText => _page is null
        ? ""
        : string.Format(
            CultureInfo.CurrentCulture, Text["Page.Range"], (CurrentPage * PageSize) + 1,
            (CurrentPage * PageSize) + _page.Items.Count, _page.TotalCount);

    public void Dispose() => _feed?.Dispose();

    protected override async Task OnParametersSetAsync()
    {
        // The first load happens after the first render, once subscribed; later ones follow the address.
        if (_feed is not null && _loadedFor != (UnreadOnly, CurrentPage))
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

        var me = await CurrentUser.GetAsync();
        _feed = new NotificationFeed(
            Bus, me.UserId, () => InvokeAsync(OnLiveRefreshAsync), NotificationFeed.DefaultWindow);
        await Zone.LoadAsync();
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        _loadedFor = (UnreadOnly, CurrentPage);
        _page = await Notifications.ListAsync(new NotificationQuery(CurrentPage, PageSize, UnreadOnly));
        _unread = await Notifications.UnreadCountAsync();
    }

    private async Task OnLiveRefreshAsync()
    {
        try
        {
            await LoadAsync();
            StateHasChanged();
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    private void OnFilterChanged(bool unreadOnly) => Go(unreadOnly, 0);

    private void OnPageChanged(int page) => Go(UnreadOnly, page - 1);

    private void Go(bool unreadOnly, int page) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["unread"] = unreadOnly ? true : null,
            ["page"] = page > 0 ? page + 1 : null,
        }));

    private static string ToggleIcon(NotificationItem item) =>
        item.IsRead ? Icons.Material.Outlined.MarkEmailUnread : Icons.Material.Outlined.Drafts;

    private string ToggleLabel(NotificationItem item) =>
        Text[item.IsRead ? "Action.MarkUnread" : "Action.MarkRead"];

    private Task OnOpenedAsync(NotificationItem item) =>
        item.IsRead ? Task.CompletedTask : ChangeAsync(item, () => Notifications.MarkReadAsync(item.Id));

    private Task OnToggleReadAsync(NotificationItem item) => ChangeAsync(
        item, () => item.IsRead ? Notifications.MarkUnreadAsync(item.Id) : Notifications.MarkReadAsync(item.Id));

    private async Task ChangeAsync(NotificationItem item, Func<Task> change)
    {
        _busy = true;
        try
        {
            await change();
            Replace(item with { ReadAt = item.IsRead ? null : Zone.UtcNow });
            _unread = Math.Max(0, _unread + (item.IsRead ? 1 : -1));
        }
        catch (NotFoundException)
        {
            Snackbar.Add(Text["Error.Gone"], Severity.Warning);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task OnMarkAllReadAsync()
    {
        _busy = true;
        try
        {
            var marked = await Notifications.MarkAllReadAsync();
            var message = string.Format(CultureInfo.CurrentCulture, Text["Page.MarkedAllRead"], marked);
            Snackbar.Add(message, Severity.Success);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private void Replace(NotificationItem changed)
    {
        if (_page is not null)
        {
            _page = _page with { Items = [.. _page.Items.Select(i => i.Id == changed.Id ? changed : i)] };
        }
    }
}
