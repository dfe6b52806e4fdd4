namespace Crm.Web.Assignment;

/// <summary>Marker for AssignmentText.resx: the assignment rules page, its rule dialog and its preview.</summary>
public sealed class AssignmentText;
