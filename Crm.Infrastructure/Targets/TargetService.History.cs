using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

internal sealed partial class TargetService
{
    private const int HistoryLength = 6;

    public async Task<AttainmentHistory> HistoryAsync(
        string periodKey, TargetSubject? subject, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var table = await facts.CurrentAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await TargetSettings.LoadAsync(db, clock, cancellationToken);
        var periods = HistoryPeriods(settings.Calendar, TargetPeriods.Require(settings.Calendar, periodKey));
        var scope = await TargetScope.ForAsync(actor, db, cancellationToken);
        var roster = await SalesRoster.LoadAsync(db, scope, cancellationToken);
        if (!InScope(subject, scope, roster))
        {
            TargetsLog.HistoryRefused(logger, actor.UserId, subject?.Kind, subject?.Id);
            throw new ForbiddenException("That rep or team is outside your targets.");
        }

        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var targets = await HistoryTargetsAsync(db, periods, settings, cancellationToken);
        var (from, to) = (periods[0].Start, periods[^1].End);
        var rows = table.Rows.Where(f => access.CanSee(f.OwnerId) && Touches(f, from, to)).ToList();

        return new AttainmentHistory(subject, settings.BaseCurrency,
            [.. periods.Select(period => HistoryPeriod(period, settings, rows, targets, subject, roster))]);
    }

    /// <summary>The period and the five before it, oldest first.</summary>
    private static List<FiscalPeriod> HistoryPeriods(FiscalCalendar calendar, FiscalPeriod last)
    {
        var periods = new List<FiscalPeriod> { last };
        while (periods.Count < HistoryLength)
        {
            periods.Insert(0, calendar.Previous(periods[0]));
        }

        return periods;
    }

    private static bool InScope(TargetSubject? subject, TargetScope scope, IReadOnlyList<RosterTeam> roster) =>
        subject switch
        {
            null => scope.SeesAll,
            { Kind: TargetSubjectKind.Team } team => roster.Any(t => t.Id == team.Id && t.Visible),
            { } rep => roster.Any(t => t.Reps.Any(r => r.Id == rep.Id)),
        };

    // One read for all six periods; the same targets AttainmentAsync reads for each of them.
    private static async Task<ILookup<string, Target>> HistoryTargetsAsync(
        CrmDbContext db, IReadOnlyList<FiscalPeriod> periods, TargetSettings settings,
        CancellationToken cancellationToken)
    {
        var keys = periods.Select(p => p.Key).ToList();
        var targets = await db.Targets.AsNoTracking().Where(t => keys.Contains(t.PeriodKey))
            .ToListAsync(cancellationToken);

        return targets.Where(t => Applies(t, settings)).ToLookup(t => t.PeriodKey);
    }

    // What TargetActuals.FromFacts may count in some period of the span; it still decides per period.
    private static bool Touches(OpportunityFact fact, DateOnly from, DateOnly to) =>
        fact.IsWon && fact.ClosedOn is { } closed ? closed >= from && closed < to
        : fact.IsOpen && fact.ExpectedCloseDate >= from && fact.ExpectedCloseDate < to;

    private static AttainmentHistoryPeriod HistoryPeriod(
        FiscalPeriod period, TargetSettings settings, IReadOnlyList<OpportunityFact> facts,
        ILookup<string, Target> targets, TargetSubject? subject, IReadOnlyList<RosterTeam> roster)
    {
        var pace = period.ElapsedWorkingShare(settings.Today, settings.WorkingDays, settings.Holidays);
        var set = targets[period.Key].ToDictionary(t => (t.Subject, t.Measure), t => t.Value);
        // Activities play no part in the won amount: the sheet gets none.
        var sheet = new AttainmentSheet(period, pace, facts, set, new Dictionary<Guid, int>(),
            new Dictionary<Guid, Guid>());
        var won = sheet.Subject(subject, roster).Of(TargetMeasure.WonAmount);

        return new AttainmentHistoryPeriod(period, won.Actual, won.Target, won.FromReps, won.Progress?.Attainment);
    }
}
