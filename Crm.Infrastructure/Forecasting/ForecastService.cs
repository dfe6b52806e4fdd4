using Crm.Domain.Common;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Organization;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Forecasting;

internal sealed partial class ForecastService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IOpportunityVisibility visibility,
    IOpportunityFacts facts, TimeProvider clock, ILogger<ForecastService> logger) : IForecastService
{
    public async Task<ForecastView> GetAsync(
        string? periodKey, PeriodKind kind, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audience = await ForecastAudience.ForAsync(actor, db, visibility, cancellationToken);
        var table = await facts.CurrentAsync(cancellationToken);
        var calendar = await CalendarAsync(db, cancellationToken);
        var period = periodKey is null ? calendar.PeriodContaining(table.Today, kind) : Parse(calendar, periodKey);

        var visible = table.Rows.Where(f => audience.Sees(f.OwnerId)).ToList();
        var adjustments = await AdjustmentsInForceAsync(db, period, audience, cancellationToken);
        var result = ForecastCalculator.Calculate(period, visible, adjustments, audience.Reps());
        var changes = await ChangesAsync(db, period, table, audience, cancellationToken);

        return new ForecastView(
            period, calendar, table.Today, table.BaseCurrency, result, RepNames(result, audience),
            TeamNames(result, audience), audience.Permissions(), changes);
    }

    internal static async Task<FiscalCalendar> CalendarAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        (await OrganizationProfile.ReadAsync(db, cancellationToken)).Calendar;

    internal static FiscalPeriod Parse(FiscalCalendar calendar, string periodKey) =>
        calendar.Parse(periodKey) ?? throw new DomainException(
            "PeriodKey.invalid", $"'{periodKey}' names no month (2026-04) or fiscal quarter (FY2026-Q1).",
            "PeriodKey");

    // The reader's own subjects only: a rep sees adjustments of themself, a manager those of the
    // reps they see and the teams they manage, an admin all.
    private static async Task<List<ForecastAdjustment>> AdjustmentsInForceAsync(
        CrmDbContext db, FiscalPeriod period, ForecastAudience audience, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ForecastAdjustment>().AsNoTracking()
            .Where(a => a.PeriodKey == period.Key)
            .ToListAsync(cancellationToken);

        return ForecastAdjustment.InForce(rows, period.Key).Values
            .Where(a => a.SubjectKind == ForecastSubjectKind.Rep
                ? audience.Sees(a.SubjectId)
                : audience.SeesTeamAdjustment(a.SubjectId))
            .ToList();
    }

    private static Dictionary<Guid, string> RepNames(ForecastResult result, ForecastAudience audience) =>
        result.Teams.SelectMany(t => t.Reps).Select(r => r.SubjectId!.Value).Distinct()
            .Where(audience.People.ContainsKey)
            .ToDictionary(id => id, id => audience.People[id].Name);

    private static Dictionary<Guid, string> TeamNames(ForecastResult result, ForecastAudience audience) =>
        result.Teams.Select(t => t.TeamId).OfType<Guid>()
            .Where(audience.Teams.ContainsKey)
            .ToDictionary(id => id, id => audience.Teams[id].Name);
}
