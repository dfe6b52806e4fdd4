using Crm.Domain.Notifications;
using MudBlazor;

namespace Crm.Web.Notifications;

/// <summary>The icon and colour that tell kinds of notification apart at a glance.</summary>
internal static class NotificationStyle
{
    public static string Icon(NotificationKind kind) => kind switch
    {
        NotificationKind.LeadAssigned => Icons.Material.Outlined.PersonAddAlt,
        NotificationKind.LeadQueued => Icons.Material.Outlined.MoveToInbox,
        NotificationKind.OpportunityMovedByOther => Icons.Material.Outlined.SwapHoriz,
        NotificationKind.TicketAssigned => Icons.Material.Outlined.SupportAgent,
        NotificationKind.TicketQueued => Icons.Material.Outlined.Inbox,
        NotificationKind.TicketAtRisk => Icons.Material.Outlined.HourglassBottom,
        NotificationKind.TicketBreached => Icons.Material.Outlined.AlarmOn,
        _ => Icons.Material.Outlined.Notifications,
    };

    public static Color Color(NotificationKind kind) => kind switch
    {
        NotificationKind.LeadAssigned => MudBlazor.Color.Primary,
        NotificationKind.LeadQueued => MudBlazor.Color.Info,
        NotificationKind.OpportunityMovedByOther => MudBlazor.Color.Secondary,
        NotificationKind.TicketAssigned => MudBlazor.Color.Primary,
        NotificationKind.TicketQueued => MudBlazor.Color.Warning,
        NotificationKind.TicketAtRisk => MudBlazor.Color.Warning,
        NotificationKind.TicketBreached => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };
}
