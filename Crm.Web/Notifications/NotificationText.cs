namespace Crm.Web.Notifications;

/// <summary>Marker for NotificationText.resx: the bell, its panel, the notifications page, every message.</summary>
public sealed class NotificationText;
