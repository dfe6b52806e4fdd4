namespace Crm.Domain.Targets;

/// <summary>Whom a target is for: one sales rep or one sales team.</summary>
public enum TargetSubjectKind
{
    Rep = 1,
    Team = 2,
}

/// <summary>A rep (a user id) or a team (a team id) a target is set for.</summary>
public readonly record struct TargetSubject(TargetSubjectKind Kind, Guid Id)
{
    public static TargetSubject Rep(Guid userId) => new(TargetSubjectKind.Rep, userId);

    public static TargetSubject Team(Guid teamId) => new(TargetSubjectKind.Team, teamId);
}

/// <summary>What the caller found about a subject when a target is set for it.</summary>
public enum TargetSubjectState
{
    /// <summary>An active user in a sales team, or a sales team that is not deleted.</summary>
    Active = 1,

    /// <summary>No such user or team (or it is deleted).</summary>
    Missing = 2,

    /// <summary>A deactivated user.</summary>
    Inactive = 3,

    /// <summary>A support team, or a user whose team is not a sales team.</summary>
    NotSales = 4,
}
