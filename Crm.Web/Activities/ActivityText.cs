namespace Crm.Web.Activities;

/// <summary>Marker for ActivityText.resx: the timeline, the log dialog and the recent-activities card.</summary>
public sealed class ActivityText;
