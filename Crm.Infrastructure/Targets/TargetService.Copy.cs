using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Targets;

internal sealed partial class TargetService
{
    public async Task<TargetCopyResult> CopyPreviousAsync(
        string periodKey, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await TargetSettings.LoadAsync(db, clock, cancellationToken);
        var period = TargetPeriods.Require(settings.Calendar, periodKey);
        var previous = settings.Calendar.Previous(period);

        var sources = await PeriodTargetsAsync(db, previous, includeCleared: false, cancellationToken);
        var current = await db.Targets.IgnoreQueryFilters().Where(t => t.PeriodKey == period.Key)
            .ToDictionaryAsync(t => (t.Subject, t.Measure), cancellationToken);
        var states = await SubjectStates.LoadAsync(db, [.. sources.Select(t => t.Subject)], cancellationToken);

        var (copied, skipped, unavailable) = (0, 0, 0);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var source in sources)
        {
            var there = current.GetValueOrDefault((source.Subject, source.Measure));
            if (there is { IsDeleted: false })
            {
                skipped++;
            }
            else if (states[source.Subject] != TargetSubjectState.Active || !Applies(source, settings))
            {
                unavailable++;
            }
            else
            {
                Copy(db, source, there, period, actor.UserId, now);
                copied++;
            }
        }

        await SaveAsync(db, Guid.Empty, cancellationToken);
        TargetsLog.TargetsCopied(logger, previous.Key, period.Key, actor.UserId, copied, skipped, unavailable);

        return new TargetCopyResult(previous.Key, copied, skipped, unavailable);
    }

    // An amount set while another currency was the base currency no longer means what it said.
    private static bool Applies(Target target, TargetSettings settings) =>
        target.Currency is null || target.Currency == settings.BaseCurrency;

    private static void Copy(
        CrmDbContext db, Target source, Target? cleared, FiscalPeriod period, Guid actorId, DateTime now)
    {
        if (cleared is not null)
        {
            cleared.Change(source.Figure, TargetSubjectState.Active, actorId, now);
            return;
        }

        db.Targets.Add(Target.Set(Guid.CreateVersion7(), period, source.Subject, TargetSubjectState.Active,
            source.Measure, source.Figure, actorId, now));
    }
}
