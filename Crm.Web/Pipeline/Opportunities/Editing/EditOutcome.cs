namespace Crm.Web.Pipeline.Opportunities.Editing;

/// <summary>How the edit dialog closed when it was not cancelled.</summary>
public enum EditOutcome
{
    /// <summary>Saved on the version the dialog opened with.</summary>
    Saved,

    /// <summary>Someone saved first; the user's changes were saved on top of theirs.</summary>
    Merged,

    /// <summary>Someone saved first; the user discarded their changes to see the latest version.</summary>
    Reloaded,
}

/// <summary>What the user chose in the conflict dialog.</summary>
public enum ConflictChoice
{
    /// <summary>Discard my changes and show theirs.</summary>
    Reload,

    /// <summary>Save my changed fields again, on top of the new version.</summary>
    Reapply,
}
