using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Targets;

internal sealed partial class TargetService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IOpportunityFacts facts,
    IOpportunityVisibility visibility, TimeProvider clock, ILogger<TargetService> logger)
    : ITargetService
{
    private const string RecordType = "Target";

    private static readonly TargetMeasure[] Measures =
        [TargetMeasure.WonAmount, TargetMeasure.WonCount, TargetMeasure.ActivityCount];

    public async Task<TargetCalendarInfo> CalendarAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await TargetSettings.LoadAsync(db, clock, cancellationToken);

        return new TargetCalendarInfo(settings.Calendar.StartMonth, settings.Today, settings.BaseCurrency);
    }

    public async Task<TargetSheet> ListAsync(string periodKey, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await TargetSettings.LoadAsync(db, clock, cancellationToken);
        var period = TargetPeriods.Require(settings.Calendar, periodKey);
        var scope = await TargetScope.ForAsync(actor, db, cancellationToken);

        var roster = await SalesRoster.LoadAsync(db, scope, cancellationToken);
        var targets = (await PeriodTargetsAsync(db, period, includeCleared: true, cancellationToken))
            .ToDictionary(t => (t.Subject, t.Measure));
        var setBy = await NamesAsync(db, targets.Values.Select(t => t.SetById), cancellationToken);
        var teams = roster.Select(team => new TeamTargets(team.Id, team.Name,
            team.Visible ? Row(TargetSubject.Team(team.Id), team.Name, targets, setBy) : null,
            [.. team.Reps.Select(rep => Row(TargetSubject.Rep(rep.Id), rep.Name, targets, setBy))]));

        return new TargetSheet(period.Key, period.Kind, period.Start, period.End, settings.BaseCurrency,
            scope.CanEdit, [.. teams]);
    }

    public async Task<TargetCell> SetAsync(TargetInput input, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await TargetSettings.LoadAsync(db, clock, cancellationToken);
        var period = TargetPeriods.Require(settings.Calendar, input.PeriodKey);
        TargetValue? value = input.Value is { } figure
            ? TargetValue.Of(input.Measure, figure, settings.BaseCurrency)
            : null;

        var existing = await db.Targets.IgnoreQueryFilters().SingleOrDefaultAsync(
            t => t.PeriodKey == period.Key && t.SubjectKind == input.Subject.Kind
                && t.SubjectId == input.Subject.Id && t.Measure == input.Measure, cancellationToken);
        if ((existing?.Version ?? 0) != input.ExpectedVersion)
        {
            throw new ConcurrencyConflictException(RecordType, existing?.Id ?? Guid.Empty);
        }

        var saved = value is { } set
            ? await WriteAsync(db, existing, period, input, set, actor, cancellationToken)
            : await ClearAsync(db, existing, actor, cancellationToken);
        var name = (await NamesAsync(db, [actor.UserId], cancellationToken)).GetValueOrDefault(actor.UserId);

        return saved is null
            ? new TargetCell(input.Measure, null, null, 0, null, null)
            : Cell(saved, input.Measure, name);
    }

    private async Task<Target> WriteAsync(
        CrmDbContext db, Target? existing, FiscalPeriod period, TargetInput input, TargetValue value, Actor actor,
        CancellationToken cancellationToken)
    {
        var state = await SubjectStates.OfAsync(db, input.Subject, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var target = existing ?? Target.Set(
            Guid.CreateVersion7(), period, input.Subject, state, input.Measure, value, actor.UserId, now);
        if (existing is null)
        {
            db.Targets.Add(target);
        }
        else
        {
            existing.Change(value, state, actor.UserId, now);
        }

        await SaveAsync(db, target.Id, cancellationToken);
        TargetsLog.TargetSet(logger, target.Measure, target.SubjectKind, target.SubjectId, target.PeriodKey,
            actor.UserId);

        return target;
    }

    private async Task<Target?> ClearAsync(
        CrmDbContext db, Target? existing, Actor actor, CancellationToken cancellationToken)
    {
        if (existing is null || existing.IsDeleted)
        {
            return existing;
        }

        existing.Clear(actor.UserId, clock.GetUtcNow().UtcDateTime);
        await SaveAsync(db, existing.Id, cancellationToken);
        TargetsLog.TargetCleared(logger, existing.Measure, existing.SubjectKind, existing.SubjectId,
            existing.PeriodKey, actor.UserId);

        return existing;
    }

    // Two admins adding the same target at once: the unique index refuses the second insert.
    private static async Task SaveAsync(CrmDbContext db, Guid targetId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveCheckedAsync(RecordType, targetId, cancellationToken);
        }
        catch (DbUpdateException error) when (error is not DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(RecordType, targetId);
        }
    }

    private async Task<Actor> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        if (!actor.IsAdmin)
        {
            TargetsLog.Refused(logger, actor.UserId);
            throw new ForbiddenException("Only admins set targets.");
        }

        return actor;
    }

    private static async Task<List<Target>> PeriodTargetsAsync(
        CrmDbContext db, FiscalPeriod period, bool includeCleared, CancellationToken cancellationToken)
    {
        var targets = includeCleared ? db.Targets.IgnoreQueryFilters() : db.Targets;

        return await targets.AsNoTracking().Where(t => t.PeriodKey == period.Key).ToListAsync(cancellationToken);
    }

    private static async Task<Dictionary<Guid, string>> NamesAsync(
        CrmDbContext db, IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();

        return await db.CrmUsers.AsNoTracking().IgnoreQueryFilters().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private static TargetRow Row(
        TargetSubject subject, string name, IReadOnlyDictionary<(TargetSubject, TargetMeasure), Target> targets,
        IReadOnlyDictionary<Guid, string> setBy) =>
        new(subject, name, [.. Measures.Select(measure =>
            targets.GetValueOrDefault((subject, measure)) is { } target
                ? Cell(target, measure, setBy.GetValueOrDefault(target.SetById))
                : new TargetCell(measure, null, null, 0, null, null))]);

    private static TargetCell Cell(Target target, TargetMeasure measure, string? setByName) =>
        new(measure, target.IsDeleted ? null : target.Value, target.IsDeleted ? null : target.Currency,
            target.Version, setByName, target.SetAt);
}
