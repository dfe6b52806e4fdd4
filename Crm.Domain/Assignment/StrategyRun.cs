using Crm.Domain.Common;
using Crm.Domain.Teams;

namespace Crm.Domain.Assignment;

/// <summary>One run of a rule's strategy: whom it considers, whom it passes over, whom it picks.</summary>
internal sealed class StrategyRun(AssignmentRule rule, AssignmentInput input)
{
    private AssignmentStrategy Strategy => rule.Strategy;

    public AssignmentDecision Decide()
    {
        var considered = InTurn(Considered().ToList());
        var skipped = considered
            .Select(c => (Candidate: c, Reason: SkipReasonOf(c)))
            .Where(x => x.Reason is not null)
            .Select(x => Skip(x.Candidate, x.Reason!.Value))
            .ToList();
        var available = considered.Where(c => SkipReasonOf(c) is null).ToList();

        // MinBy keeps the first of equals, so ties among the least busy go in turn as well.
        var pick = Strategy.Kind is StrategyKind.NamedOwner or StrategyKind.RoundRobin
            ? available.FirstOrDefault()
            : available.MinBy(c => c.OpenCount);

        return pick is null ? Queue(considered.Count == 0, skipped) : Assign(pick, skipped);
    }

    /// <summary>The reason a user cannot take the record now, or null when they can.</summary>
    internal static SkipReason? SkipReasonOf(AssignmentCandidate candidate) => candidate switch
    {
        { IsActive: false } => SkipReason.Inactive,
        { Availability: Availability.OnLeave } => SkipReason.OnLeave,
        { Availability: Availability.Away } => SkipReason.Away,
        { Availability: Availability.Offline } => SkipReason.Offline,
        _ when candidate.OpenCount >= candidate.CapacityLimit => SkipReason.AtCapacity,
        _ => null,
    };

    private IEnumerable<AssignmentCandidate> Considered() => Strategy.Kind switch
    {
        StrategyKind.NamedOwner => input.Candidates.Where(c => c.UserId == Strategy.UserId),
        StrategyKind.TerritoryOwner => TerritoryOwners(),
        _ => input.Candidates.Where(c => c.TeamId == Strategy.TeamId),
    };

    private IEnumerable<AssignmentCandidate> TerritoryOwners()
    {
        var region = input.Subject.Region;
        if (region is null)
        {
            return [];
        }

        var servingTeams = input.Teams.Where(t => t.Kind == ServingTeamKind(input.Subject.Kind)).Select(t => t.Id);
        var teams = Strategy.TeamId is { } teamId ? [teamId] : servingTeams.ToHashSet();

        return input.Candidates.Where(c =>
            teams.Contains(c.TeamId) && string.Equals(c.Region.Trim(), region, StringComparison.OrdinalIgnoreCase));
    }

    // Members in the fixed order of their ids, starting with the first after the cursor.
    private List<AssignmentCandidate> InTurn(List<AssignmentCandidate> candidates)
    {
        var ordered = candidates.DistinctBy(c => c.UserId).OrderBy(c => c.UserId).ToList();
        if (rule.LastAssignedUserId is not { } cursor)
        {
            return ordered;
        }

        var after = ordered.Where(c => c.UserId.CompareTo(cursor) > 0);

        return [.. after, .. ordered.Where(c => c.UserId.CompareTo(cursor) <= 0)];
    }

    private AssignmentDecision Assign(AssignmentCandidate owner, IReadOnlyList<SkippedUser> skipped)
    {
        var reason = Strategy.Kind switch
        {
            StrategyKind.NamedOwner => AssignmentReasons.Create(AssignmentReasons.NamedOwner, owner.DisplayName),
            StrategyKind.RoundRobin => AssignmentReasons.Create(AssignmentReasons.RoundRobin, owner.DisplayName,
                TeamName(Strategy.TeamId)),
            StrategyKind.LeastBusy => AssignmentReasons.Create(AssignmentReasons.LeastBusy, owner.DisplayName,
                TeamName(Strategy.TeamId), AssignmentReasons.Count(owner.OpenCount)),
            _ => AssignmentReasons.Create(AssignmentReasons.Territory, owner.DisplayName, input.Subject.Region ?? "",
                AssignmentReasons.Count(owner.OpenCount)),
        };

        return new AssignmentDecision(
            AssignmentOutcome.Assigned, owner.UserId, owner.DisplayName, null, null, null, Deciding, Strategy.Kind,
            reason, skipped, Strategy.TakesTurns ? owner.UserId : null);
    }

    private AssignmentDecision Queue(bool nobodyConsidered, IReadOnlyList<SkippedUser> skipped)
    {
        var (code, extra) = (nobodyConsidered, Strategy.Kind) switch
        {
            (false, _) => (AssignmentReasons.NobodyAvailable, Array.Empty<string>()),
            (true, StrategyKind.NamedOwner) => (AssignmentReasons.OwnerUnknown, []),
            (true, StrategyKind.TerritoryOwner) when input.Subject.Region is null => (AssignmentReasons.NoRegion, []),
            (true, StrategyKind.TerritoryOwner) => (AssignmentReasons.NoTerritoryOwner, [input.Subject.Region!]),
            _ => (AssignmentReasons.TeamEmpty, [TeamName(Strategy.TeamId)]),
        };

        return AssignmentEngine.Queued(input, rule.QueueTeamId, Deciding, Strategy.Kind, skipped, code, extra);
    }

    private DecidingRule Deciding => new(rule.Id, rule.Name);

    private string TeamName(Guid? teamId) => input.Teams.FirstOrDefault(t => t.Id == teamId)?.Name ?? "";

    private static SkippedUser Skip(AssignmentCandidate c, SkipReason reason) =>
        new(c.UserId, c.DisplayName, reason, c.OpenCount, c.CapacityLimit);

    // Leads and other sales records go to sales teams; tickets to support teams.
    private static TeamKind ServingTeamKind(RecordKind kind) =>
        kind == RecordKind.Ticket ? TeamKind.Support : TeamKind.Sales;
}
