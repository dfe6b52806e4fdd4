namespace Crm.Web.Notifications;

/// <summary>Marker for NotificationText.resx: the bell, its list, the notifications page and every message.</summary>
public sealed class NotificationText;
