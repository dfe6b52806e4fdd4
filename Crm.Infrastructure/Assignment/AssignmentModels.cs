using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Teams;

namespace Crm.Infrastructure.Assignment;

/// <summary>
/// A rule as the admin page lists it. <see cref="Revision"/> is what an edit sends back;
/// <see cref="QueueTeamId"/> is where records go when the strategy finds nobody.
/// </summary>
public sealed record AssignmentRuleRow(
    Guid Id,
    int Revision,
    RecordKind Kind,
    int Position,
    string Name,
    bool IsActive,
    IReadOnlyList<AssignmentCondition> Conditions,
    AssignmentStrategy Strategy,
    Guid? FallbackQueueTeamId,
    Guid QueueTeamId);

/// <summary>
/// A rule as the dialog sends it. <see cref="UserId"/> is read for a named owner,
/// <see cref="TeamId"/> for the team strategies; a null fallback queue means the strategy's team.
/// </summary>
public sealed record AssignmentRuleInput(
    string Name,
    IReadOnlyList<AssignmentCondition> Conditions,
    StrategyKind Strategy,
    Guid? UserId,
    Guid? TeamId,
    Guid? FallbackQueueTeamId);

/// <summary>
/// What the rule dialog and the preview offer: users, teams, the kind's fields, the default queue,
/// and the regions the organization's people and teams cover (in pinyin order), which are the
/// values a region condition and a territory owner compare with.
/// </summary>
public sealed record AssignmentChoices(
    IReadOnlyList<AssignmentUserChoice> Users,
    IReadOnlyList<AssignmentTeamChoice> Teams,
    IReadOnlyList<AssignmentField> Fields,
    Guid? DefaultQueueTeamId,
    IReadOnlyList<string> Regions);

public sealed record AssignmentUserChoice(
    Guid Id, string DisplayName, Guid TeamId, string Region, bool IsActive, Availability Availability);

/// <summary>A team with its manager's name and how many active members it has.</summary>
public sealed record AssignmentTeamChoice(Guid Id, string Name, TeamKind Kind, string? ManagerName, int ActiveMembers);

public enum RuleMove
{
    Up = 1,
    Down = 2,
}
