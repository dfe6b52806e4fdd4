namespace Crm.Web.FollowUps;

/// <summary>Marker for FollowUpText.resx: task lists, the inline task form and the my-tasks card.</summary>
public sealed class FollowUpText;
