using Crm.Domain.Forecasting;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Forecasting;

internal sealed partial class ForecastService
{
    public async Task<IReadOnlyList<ForecastAdjustmentRow>> HistoryAsync(
        ForecastSubjectKind kind, Guid subjectId, string periodKey, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audience = await ForecastAudience.ForAsync(actor, db, visibility, cancellationToken);
        var seen = kind == ForecastSubjectKind.Rep ? audience.Sees(subjectId) : audience.SeesTeamAdjustment(subjectId);
        if (!seen)
        {
            throw new NotFoundException("Forecast", subjectId);
        }

        var rows = await Revisions(db, kind, subjectId, periodKey)
            .OrderByDescending(a => a.Revision)
            .ToListAsync(cancellationToken);

        return rows.Select(a => Row(a, audience)).ToList();
    }

    public async Task<ForecastAdjustmentRow> AdjustAsync(
        ForecastAdjustmentRequest request, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audience = await ForecastAudience.ForAsync(actor, db, visibility, cancellationToken);
        var period = Parse(await CalendarAsync(db, cancellationToken), request.PeriodKey);
        RequireRight(audience, request);

        var current = await Revisions(db, request.Kind, request.SubjectId, period.Key)
            .OrderByDescending(a => a.Revision)
            .FirstOrDefaultAsync(cancellationToken);
        var next = ForecastAdjustment.Next(
            current, request.Kind, request.SubjectId, period.Key, request.Delta, request.Note, actor.UserId,
            clock.GetUtcNow().UtcDateTime);
        db.Add(next);
        await SaveAdjustmentAsync(db, next, cancellationToken);

        ForecastLog.Adjusted(logger, next.SubjectKind, next.SubjectId, next.PeriodKey, next.Delta, next.Revision);

        return Row(next, audience);
    }

    private static IQueryable<ForecastAdjustment> Revisions(
        CrmDbContext db, ForecastSubjectKind kind, Guid subjectId, string periodKey) =>
        db.Set<ForecastAdjustment>().AsNoTracking()
            .Where(a => a.SubjectKind == kind && a.SubjectId == subjectId && a.PeriodKey == periodKey);

    private static void RequireRight(ForecastAudience audience, ForecastAdjustmentRequest request)
    {
        var exists = request.Kind == ForecastSubjectKind.Rep
            ? audience.People.ContainsKey(request.SubjectId)
            : audience.Teams.ContainsKey(request.SubjectId);
        if (!exists)
        {
            throw new NotFoundException(request.Kind.ToString(), request.SubjectId);
        }

        if (!audience.Permissions().CanAdjust(request.Kind, request.SubjectId))
        {
            throw new ForbiddenException("Sales managers adjust the teams they manage and their reps; admins anyone.");
        }
    }

    private async Task SaveAdjustmentAsync(
        CrmDbContext db, ForecastAdjustment adjustment, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error is not DbUpdateConcurrencyException)
        {
            // The unique revision index: someone saved this revision first. Nothing was written.
            ForecastLog.AdjustmentConflict(logger, adjustment.SubjectKind, adjustment.SubjectId, adjustment.PeriodKey);
            throw new ConcurrencyConflictException(nameof(ForecastAdjustment), adjustment.SubjectId);
        }
    }

    private static ForecastAdjustmentRow Row(ForecastAdjustment a, ForecastAudience audience) =>
        new(a.Revision, a.Delta, a.Note, a.ById, audience.People.GetValueOrDefault(a.ById)?.Name ?? "", a.At);
}
