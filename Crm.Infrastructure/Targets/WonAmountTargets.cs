using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

/// <summary>
/// The won-amount targets of one period as far as a reader may read them (<see cref="TargetScope"/>),
/// rolled up as on the attainment page: a team's own target or else the sum of its active reps'; the
/// organisation the sum of its teams'. Other pages (the forecast over time) measure against these,
/// so the rules of docs/metrics.md "Targets and attainment" live here once. A target set in another
/// base currency does not apply.
/// </summary>
internal sealed class WonAmountTargets
{
    private readonly IReadOnlyList<RosterTeam> _roster;
    private readonly Dictionary<TargetSubject, long> _set;

    private WonAmountTargets(IReadOnlyList<RosterTeam> roster, Dictionary<TargetSubject, long> set)
    {
        _roster = roster;
        _set = set;
    }

    public static async Task<WonAmountTargets> LoadAsync(
        CrmDbContext db, Actor actor, FiscalPeriod period, string baseCurrency, CancellationToken cancellationToken)
    {
        var scope = await TargetScope.ForAsync(actor, db, cancellationToken);
        var roster = await SalesRoster.LoadAsync(db, scope, cancellationToken);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.PeriodKey == period.Key && t.Measure == TargetMeasure.WonAmount)
            .ToListAsync(cancellationToken);

        return new WonAmountTargets(roster, targets
            .Where(t => t.Currency is null || t.Currency == baseCurrency)
            .ToDictionary(t => t.Subject, t => t.Value));
    }

    /// <summary>The sales teams and their active reps the reader may read, by name.</summary>
    public IReadOnlyList<RosterTeam> Roster => _roster;

    /// <summary>The rep's target; null when none is set or the reader may not read it.</summary>
    public long? Rep(Guid repId) =>
        _roster.SelectMany(t => t.Reps).Any(r => r.Id == repId) ? Set(TargetSubject.Rep(repId)) : null;

    /// <summary>The team's target as it rolls up; null when none applies or the reader may not read it.</summary>
    public long? Team(Guid teamId) => _roster.FirstOrDefault(t => t.Id == teamId) is { Visible: true } team
        ? TargetRollup.Team(Set(TargetSubject.Team(team.Id)), team.Reps.Select(r => Set(TargetSubject.Rep(r.Id))))
        : null;

    /// <summary>
    /// Everything the reader reads, summed: the teams whose own target they read, and in the other
    /// teams the reps they read (a rep's own target, for a rep). Null when nothing is set.
    /// </summary>
    public long? Organization() => TargetRollup.Organization(_roster.Select(team => team.Visible
        ? Team(team.Id)
        : TargetRollup.Organization(team.Reps.Select(r => Set(TargetSubject.Rep(r.Id))))));

    private long? Set(TargetSubject subject) => _set.TryGetValue(subject, out var value) ? value : null;
}
