using Crm.Domain.Teams;

namespace Crm.Domain.Assignment;

/// <summary>
/// Everything a decision depends on, so the same input always gives the same decision: the
/// rules of the subject's kind (any order; inactive and deleted ones are reported, never used),
/// the subject, the users who may be chosen, the teams, and the organization's default queue.
/// </summary>
public sealed record AssignmentInput(
    IReadOnlyList<AssignmentRule> Rules,
    AssignmentSubject Subject,
    IReadOnlyList<AssignmentCandidate> Candidates,
    IReadOnlyList<AssignmentTeam> Teams,
    Guid? DefaultQueueTeamId);

/// <summary>
/// A user as the engine weighs them. <see cref="OpenCount"/> counts their open records of the
/// subject's kind; at or over <see cref="CapacityLimit"/> they take no more (a limit of 0 means
/// they take none: the user does not receive assigned work).
/// </summary>
public sealed record AssignmentCandidate(
    Guid UserId,
    string DisplayName,
    Guid TeamId,
    bool IsActive,
    Availability Availability,
    int CapacityLimit,
    int OpenCount,
    string Region);

/// <summary>A team: the queue records wait in, and the manager who is told when they do.</summary>
public sealed record AssignmentTeam(Guid Id, string Name, TeamKind Kind, Guid? ManagerId);
