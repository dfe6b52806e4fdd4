namespace Crm.Web.Tickets.Workspace;

/// <summary>Marker for WorkspaceText.resx: the service desk (agent workspace) and its dialogs.</summary>
public sealed class WorkspaceText;
