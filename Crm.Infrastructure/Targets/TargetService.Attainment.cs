using Crm.Domain.Analytics;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

internal sealed partial class TargetService
{
    public async Task<TargetAttainment> AttainmentAsync(
        string periodKey, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var table = await facts.CurrentAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await TargetSettings.LoadAsync(db, clock, cancellationToken);
        var period = TargetPeriods.Require(settings.Calendar, periodKey);
        var scope = await TargetScope.ForAsync(actor, db, cancellationToken);
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);

        var roster = await SalesRoster.LoadAsync(db, scope, cancellationToken);
        var targets = (await PeriodTargetsAsync(db, period, includeCleared: false, cancellationToken))
            .Where(t => Applies(t, settings)).ToDictionary(t => (t.Subject, t.Measure), t => t.Value);
        var teamOf = await MembersAsync(db, roster, cancellationToken);
        var activities = await ActivityTally.CountAsync(
            db, period, settings, LoggedBy(roster, teamOf), cancellationToken);
        var rows = table.Rows.Where(f => access.CanSee(f.OwnerId)).ToList();

        var pace = settings.PaceOf(period);
        var sheet = new AttainmentSheet(period, pace, rows, targets, activities, teamOf);
        var teams = roster.Select(sheet.Team).ToList();

        return new TargetAttainment(period.Key, period.Start, period.End, settings.Today, pace,
            settings.BaseCurrency, scope.SeesAll ? sheet.Organization(teams) : null, teams,
            table.MissingRateCurrencies);
    }

    // Everyone who is or was in the roster's teams (deactivated members' activities count for the
    // team): their team, by user id.
    private static async Task<Dictionary<Guid, Guid>> MembersAsync(
        CrmDbContext db, IReadOnlyList<RosterTeam> roster, CancellationToken cancellationToken)
    {
        var teamIds = roster.Select(t => t.Id).ToList();

        return await db.CrmUsers.AsNoTracking().IgnoreQueryFilters().Where(u => teamIds.Contains(u.TeamId))
            .ToDictionaryAsync(u => u.Id, u => u.TeamId, cancellationToken);
    }

    // Whose activities the figures need: every member of a team whose own row is shown, and the
    // reps shown.
    private static List<Guid> LoggedBy(IReadOnlyList<RosterTeam> roster, IReadOnlyDictionary<Guid, Guid> teamOf)
    {
        var shownTeams = roster.Where(t => t.Visible).Select(t => t.Id).ToHashSet();

        return [.. teamOf.Where(u => shownTeams.Contains(u.Value)).Select(u => u.Key)
            .Concat(roster.SelectMany(t => t.Reps).Select(r => r.Id)).Distinct()];
    }

    /// <summary>The figures of one period, computed per rep, team and organisation.</summary>
    private sealed class AttainmentSheet(
        FiscalPeriod period, decimal pace, IReadOnlyList<OpportunityFact> facts,
        IReadOnlyDictionary<(TargetSubject, TargetMeasure), long> targets, IReadOnlyDictionary<Guid, int> activities,
        IReadOnlyDictionary<Guid, Guid> teamOf)
    {
        public TeamAttainment Team(RosterTeam team)
        {
            var reps = team.Reps.Select(Rep).ToList();
            if (!team.Visible)
            {
                return new TeamAttainment(team.Id, team.Name, null, reps);
            }

            var members = activities.Where(a => teamOf.GetValueOrDefault(a.Key) == team.Id).Sum(a => a.Value);
            var actuals = TargetActuals.FromFacts(facts.Where(f => f.TeamId == team.Id), period, members);
            var subject = TargetSubject.Team(team.Id);
            var measures = Measures.Select(measure =>
            {
                var own = targets.TryGetValue((subject, measure), out var set) ? set : (long?)null;
                var fromReps = team.Reps.Select(r => Target(TargetSubject.Rep(r.Id), measure));
                return Measure(measure, actuals, TargetRollup.Team(own, fromReps), own is null);
            });

            return new TeamAttainment(team.Id, team.Name, new SubjectAttainment(subject, team.Name, [.. measures]),
                reps);
        }

        /// <summary>Everything admins see: every fact, and the activities of everyone in a sales team.</summary>
        public SubjectAttainment Organization(IReadOnlyList<TeamAttainment> teams)
        {
            var salesTeams = teams.Select(t => t.TeamId).ToHashSet();
            var logged = activities.Where(a => salesTeams.Contains(teamOf.GetValueOrDefault(a.Key))).Sum(a => a.Value);
            var actuals = TargetActuals.FromFacts(facts, period, logged);
            var measures = Measures.Select(measure => Measure(measure, actuals,
                TargetRollup.Organization(teams.Select(t => t.Team?.Of(measure).Target)), false));

            return new SubjectAttainment(null, "", [.. measures]);
        }

        /// <summary>
        /// One subject's figures: the organisation (null) from every team of the roster, a team
        /// or a rep of the roster. The caller has checked the subject is in it.
        /// </summary>
        public SubjectAttainment Subject(TargetSubject? subject, IReadOnlyList<RosterTeam> roster) => subject switch
        {
            null => Organization([.. roster.Select(Team)]),
            { Kind: TargetSubjectKind.Team } team => Team(roster.Single(t => t.Id == team.Id)).Team!,
            { } rep => Rep(roster.SelectMany(t => t.Reps).First(r => r.Id == rep.Id)),
        };

        private SubjectAttainment Rep(RosterRep rep)
        {
            var subject = TargetSubject.Rep(rep.Id);
            var actuals = TargetActuals.FromFacts(
                facts.Where(f => f.OwnerId == rep.Id), period, activities.GetValueOrDefault(rep.Id));

            return new SubjectAttainment(subject, rep.Name,
                [.. Measures.Select(m => Measure(m, actuals, Target(subject, m), false))]);
        }

        private long? Target(TargetSubject subject, TargetMeasure measure) =>
            targets.TryGetValue((subject, measure), out var value) ? value : null;

        private MeasureAttainment Measure(TargetMeasure measure, TargetActuals actuals, long? target, bool fromReps) =>
            new(measure, actuals.Of(measure), target, fromReps && target is not null,
                target is { } goal ? AttainmentCalculator.Compute(measure, goal, actuals, pace) : null);
    }
}
