using Crm.Domain.Common;

namespace Crm.Domain.Assignment;

/// <summary>How a rule picks the owner once its conditions hold.</summary>
public enum StrategyKind
{
    /// <summary>Always the same user.</summary>
    NamedOwner = 1,

    /// <summary>The team's members in turn, continuing after the one the rule assigned last.</summary>
    RoundRobin = 2,

    /// <summary>The team member with the fewest open records of the kind; ties go in turn.</summary>
    LeastBusy = 3,

    /// <summary>
    /// A user whose region is the record's region, in the team if one is given; of several, the least busy.
    /// </summary>
    TerritoryOwner = 4,
}

/// <summary>
/// A rule's strategy and the user or team it needs: <see cref="UserId"/> for a named owner,
/// <see cref="TeamId"/> for round robin and least busy, an optional team for territory owner.
/// Build it with the factory methods, which refuse a missing user or team.
/// </summary>
public sealed record AssignmentStrategy
{
    private AssignmentStrategy(StrategyKind kind, Guid? userId, Guid? teamId)
    {
        Kind = kind;
        UserId = userId;
        TeamId = teamId;
    }

    public StrategyKind Kind { get; }

    public Guid? UserId { get; }

    public Guid? TeamId { get; }

    /// <summary>Whether the strategy goes through team members in turn and so moves the rule's cursor.</summary>
    public bool TakesTurns => Kind != StrategyKind.NamedOwner;

    public static AssignmentStrategy NamedOwner(Guid userId) =>
        new(StrategyKind.NamedOwner, Required(userId, "StrategyUser"), null);

    public static AssignmentStrategy RoundRobin(Guid teamId) =>
        new(StrategyKind.RoundRobin, null, Required(teamId, "StrategyTeam"));

    public static AssignmentStrategy LeastBusy(Guid teamId) =>
        new(StrategyKind.LeastBusy, null, Required(teamId, "StrategyTeam"));

    public static AssignmentStrategy TerritoryOwner(Guid? teamId = null) =>
        new(StrategyKind.TerritoryOwner, null, teamId == Guid.Empty ? null : teamId);

    /// <summary>
    /// The strategy a form describes: the user or team that <paramref name="kind"/> does not use
    /// is dropped; a missing one throws a <see cref="DomainException"/> naming StrategyUser or StrategyTeam.
    /// </summary>
    public static AssignmentStrategy Of(StrategyKind kind, Guid? userId, Guid? teamId) => kind switch
    {
        StrategyKind.NamedOwner => NamedOwner(userId ?? Guid.Empty),
        StrategyKind.RoundRobin => RoundRobin(teamId ?? Guid.Empty),
        StrategyKind.LeastBusy => LeastBusy(teamId ?? Guid.Empty),
        StrategyKind.TerritoryOwner => TerritoryOwner(teamId),
        _ => throw new DomainException("Strategy.invalid", "Choose how the rule picks an owner.", "Strategy"),
    };

    private static Guid Required(Guid id, string field) =>
        id == Guid.Empty ? throw new DomainException($"{field}.required", $"{field} is required.", field) : id;
}
