namespace Crm.Domain.Teams;

/// <summary>Whether a user can take new leads and tickets right now.</summary>
public enum Availability
{
    Available = 1,
    Away = 2,
    OnLeave = 3,

    /// <summary>Signed off for the day: shown to the team, and assignment passes them over.</summary>
    Offline = 4,
}
