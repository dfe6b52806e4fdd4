namespace Crm.Web.Tickets.Workspace;

/// <summary>How the service desk draws the team's open tickets (<c>?view=</c>).</summary>
public enum WorkspaceLayout
{
    /// <summary>My tickets, the team queue and, with an SLA rule, the at-risk lane.</summary>
    Lanes = 1,

    /// <summary>One column per open status.</summary>
    Board = 2,

    /// <summary>Every open ticket of the team as rows.</summary>
    List = 3,
}
