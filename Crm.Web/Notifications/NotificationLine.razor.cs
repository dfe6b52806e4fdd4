using System.Globalization;
using Crm.Infrastructure.Notifications;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using CustomersText = Crm.Web.Customers.CustomersText;
using RelativeTime = Crm.Web.Customers.RelativeTime;

namespace Crm.Web.Notifications;

/// <summary>
/// One notification: an icon for its kind, its sentence in the reader's language, how long ago
/// it happened, and a dot while unread. The whole line is a link to the record it is about
/// (a button when it is about none); following it raises <see cref="OnOpen"/> so the owner
/// can mark it read. <see cref="ChildContent"/> holds actions shown beside the link.
/// </summary>
public sealed partial class NotificationLine
{
    [Parameter, EditorRequired]
    public NotificationItem Item { get; set; } = default!;

    [Parameter]
    public EventCallback<NotificationItem> OnOpen { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<NotificationText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CustomersText> TimeText { get; set; } = default!;

    private string? Url => Item.Target is { } target ? RecordUrls.For(target) : null;

    private string LineClass => Item.IsRead ? "crm-notification" : "crm-notification crm-notification-unread";

    private string Ago => RelativeTime.Format(Item.At, Zone.UtcNow, TimeText);

    private string LocalTime => Zone.ToLocal(Item.At).ToString("f", CultureInfo.CurrentCulture);

    private Task OnOpenedAsync() => OnOpen.InvokeAsync(Item);
}
