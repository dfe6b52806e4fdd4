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
/// The bell in the app bar: a badge with the signed-in user's unread count that follows the
/// live bus (their events only, bursts coalesced), and a panel with the newest notifications.
/// Opening one marks it read; the panel offers "mark all as read" and the full list.
/// </summary>
public sealed partial class NotificationBell : IDisposable
{
    internal const int ShownInPanel = 10;

    private int _unread;
    private IReadOnlyList<NotificationItem>? _items;
    private bool _open;
    private NotificationFeed? _feed;
    private MudIconButton? _bell;

    /// <summary>How long a burst of live events is gathered into one refresh.</summary>
    [Parameter]
    public TimeSpan RefreshWindow { get; set; } = NotificationFeed.DefaultWindow;

    [Inject]
    private INotificationService Notifications { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<NotificationText> Text { get; set; } = default!;

    private string BellLabel => _unread == 0
        ? Text["Bell.Label"]
        : string.Format(CultureInfo.CurrentCulture, Text["Bell.LabelUnread"], _unread);

    private string BadgeLabel => string.Format(CultureInfo.CurrentCulture, Text["Badge.Label"], _unread);

    public void Dispose() => _feed?.Dispose();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Subscribe before counting, so a notification created in between is not missed.
        var me = await CurrentUser.GetAsync();
        _feed = new NotificationFeed(Bus, me.UserId, () => InvokeAsync(OnLiveRefreshAsync), RefreshWindow);
        await Zone.LoadAsync();
        _unread = await Notifications.UnreadCountAsync();
        StateHasChanged();
    }

    private async Task OnLiveRefreshAsync()
    {
        try
        {
            await RefreshAsync();
            StateHasChanged();
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    private async Task RefreshAsync()
    {
        _unread = await Notifications.UnreadCountAsync();
        if (_open)
        {
            _items = (await Notifications.ListAsync(new NotificationQuery(0, ShownInPanel))).Items;
        }
    }

    private async Task OnBellClickedAsync()
    {
        if (_open)
        {
            _open = false;
            return;
        }

        (_open, _items) = (true, null);
        await RefreshAsync();
    }

    private void OnOverlayClicked() => _open = false;

    private async Task OnPanelClosedAsync()
    {
        _open = false;
        if (_bell is not null)
        {
            await _bell.FocusAsync();
        }
    }

    // The link in the line navigates by itself; this only closes the panel and marks the line read.
    private async Task OnItemOpenedAsync(NotificationItem item)
    {
        _open = false;
        if (item.IsRead)
        {
            return;
        }

        try
        {
            await Notifications.MarkReadAsync(item.Id);
            _unread = Math.Max(0, _unread - 1);
        }
        catch (NotFoundException)
        {
            // Gone meanwhile (or never ours): the live refresh will drop it from the count.
        }
    }

    private async Task OnMarkAllReadAsync()
    {
        await Notifications.MarkAllReadAsync();
        var now = Zone.UtcNow;
        _items = [.. (_items ?? []).Select(i => i.IsRead ? i : i with { ReadAt = now })];
        _unread = 0;
    }
}
