using Crm.Domain.Analytics;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Forecasting;

/// <summary>What happened to an opportunity of the period since a snapshot.</summary>
public enum ForecastChangeKind
{
    /// <summary>Created after the snapshot and in the period now.</summary>
    New = 1,

    /// <summary>Existed at the snapshot outside the period; its expected close moved into it.</summary>
    MovedIn = 2,

    /// <summary>In the period at the snapshot; now expected outside it (or deleted).</summary>
    MovedOut = 3,

    /// <summary>Open at the snapshot (in the period or, closed in it now, outside it) and won now.</summary>
    Won = 4,

    /// <summary>In the period at the snapshot and lost now.</summary>
    Lost = 5,

    /// <summary>In the period at the snapshot and now, with another amount in the base currency.</summary>
    AmountChanged = 6,
}

/// <summary>
/// One change since a snapshot. <see cref="OwnerId"/> and <see cref="TeamId"/> are the current
/// ones (the snapshot's for a deleted opportunity); the old values are the snapshot's, the new
/// ones today's (null where there is none).
/// </summary>
public sealed record ForecastChange(
    ForecastChangeKind Kind,
    Guid OpportunityId,
    Guid OwnerId,
    Guid? TeamId,
    long? OldAmountBase,
    long? NewAmountBase,
    DateOnly? OldExpectedClose,
    DateOnly? NewExpectedClose);

/// <summary>Compares the opportunities of a period now with a snapshot of the same period.</summary>
public static class ForecastChanges
{
    /// <summary>
    /// The changes between <paramref name="snapshot"/> and <paramref name="facts"/> (every current
    /// fact, not only the period's, so that moved-out and closed ones are found), ordered by kind
    /// then opportunity id. An opportunity appears at most once, under the first kind that applies
    /// in the order Won, Lost, MovedOut, AmountChanged (for those in the snapshot) and New, Won,
    /// MovedIn (for those not in it).
    /// </summary>
    public static IReadOnlyList<ForecastChange> Compare(
        FiscalPeriod period, ForecastSnapshot snapshot, IEnumerable<OpportunityFact> facts)
    {
        var current = facts.ToDictionary(f => f.Id);
        var before = snapshot.Lines.ToDictionary(l => l.OpportunityId);
        var changes = new List<ForecastChange>();
        foreach (var line in snapshot.Lines)
        {
            if (Since(line, current.GetValueOrDefault(line.OpportunityId), period) is { } change)
            {
                changes.Add(change);
            }
        }

        changes.AddRange(current.Values
            .Where(f => !before.ContainsKey(f.Id) && ForecastCalculator.InPeriod(f, period))
            .Select(f => Arrived(f, snapshot.TakenAt)));

        return changes.OrderBy(c => c.Kind).ThenBy(c => c.OpportunityId).ToList();
    }

    /// <summary>
    /// The snapshot to compare with: the newest taken at least seven days before
    /// <paramref name="now"/>, or else the newest weekly one; null when there is neither.
    /// </summary>
    public static SnapshotHeader? Baseline(IEnumerable<SnapshotHeader> snapshots, DateTime now)
    {
        var all = snapshots.ToList();

        return all.Where(s => s.TakenAt <= now.AddDays(-7)).MaxBy(s => s.TakenAt)
            ?? all.Where(s => s.Kind == SnapshotKind.Weekly).MaxBy(s => s.TakenAt);
    }

    private static ForecastChange? Since(ForecastSnapshotLine line, OpportunityFact? fact, FiscalPeriod period)
    {
        if (fact is null)
        {
            return Change(ForecastChangeKind.MovedOut, line, null);
        }

        var kind = (line.Status, fact.Status) switch
        {
            (OpportunityStatus.Open, OpportunityStatus.Won) => ForecastChangeKind.Won,
            (_, OpportunityStatus.Lost) => ForecastChangeKind.Lost,
            _ when !ForecastCalculator.InPeriod(fact, period) => ForecastChangeKind.MovedOut,
            _ when line.AmountBase != fact.AmountBase => ForecastChangeKind.AmountChanged,
            _ => (ForecastChangeKind?)null,
        };

        return kind is { } found ? Change(found, line, fact) : null;
    }

    private static ForecastChange Arrived(OpportunityFact fact, DateTime takenAt)
    {
        var kind = fact.CreatedAt > takenAt ? ForecastChangeKind.New
            : fact.IsWon ? ForecastChangeKind.Won
            : ForecastChangeKind.MovedIn;

        return new ForecastChange(
            kind, fact.Id, fact.OwnerId, fact.TeamId, null, fact.AmountBase, null, fact.ExpectedCloseDate);
    }

    private static ForecastChange Change(ForecastChangeKind kind, ForecastSnapshotLine line, OpportunityFact? fact) =>
        new(kind, line.OpportunityId, fact?.OwnerId ?? line.OwnerId, fact is null ? line.TeamId : fact.TeamId,
            line.AmountBase, fact?.AmountBase, line.ExpectedCloseDate, fact?.ExpectedCloseDate);
}
