using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Sales;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Analytics.Sales;

internal sealed class SalesAnalyticsService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IOpportunityVisibility visibility,
    IPipelineService pipelines, IOpportunityFacts facts, DashboardSettingsReader settingsReader)
    : ISalesAnalytics
{
    public async Task<SalesDashboard> ReadAsync(SalesQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var view = await ViewAsync(db, query, cancellationToken);
        var rows = view.Rows;
        var choices = await AnalyticsChoicesReader.ReadAsync(db, rows, cancellationToken);

        return new SalesDashboard(
            view.Table.Sequence,
            view.Settings.ViewOf(view.Period),
            view.Pipeline.Id,
            view.Table.BaseCurrency,
            SalesFunnel.Build(rows, view.Stages, view.Filter),
            StageDurations.Build(rows, view.Stages, view.Filter),
            WinStatistics.Compute(rows, view.Filter),
            Leaderboard.Build(rows, view.Filter),
            LostReasons.Build(rows, view.Filter),
            view.Table.MissingRateCurrencies,
            choices);
    }

    public async Task<IReadOnlyList<OpportunityRecord>> RecordsBehindAsync(
        SalesQuery query, SalesSegment segment, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var view = await ViewAsync(db, query, cancellationToken);
        var behind = SalesSegments.Behind(view.Rows, view.Stages, view.Filter, segment)
            .OrderByDescending(f => f.AmountBase ?? -1)
            .ThenBy(f => f.Id)
            .Take(limit)
            .ToList();

        return await OpportunityRecords.ReadAsync(db, behind, view.Pipeline, cancellationToken);
    }

    private async Task<SalesView> ViewAsync(CrmDbContext db, SalesQuery query, CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var settings = await settingsReader.ReadAsync(db, cancellationToken);
        var pipeline = await PipelineOfAsync(query.PipelineId, cancellationToken);
        var table = await facts.CurrentAsync(cancellationToken);

        var period = settings.PeriodOf(query.PeriodKey, query.Kind);
        var filter = new SalesFilter(settings.RangeOf(period), settings.Zone)
        {
            PipelineId = pipeline.Id,
            TeamId = query.TeamId,
            OwnerId = query.OwnerId,
            Region = query.Region,
            Industry = query.Industry,
        };
        var stages = pipeline.Stages.Select(s => new FunnelStage(s.Id, s.Name, s.SortOrder, s.Outcome)).ToList();
        var rows = access.SeesAny ? table.Rows.Where(f => access.CanSee(f.OwnerId)).ToList() : [];

        return new SalesView(table, settings, period, pipeline, stages, filter, rows);
    }

    // Retired stages stay in the history that funnels and durations read.
    private async Task<PipelineView> PipelineOfAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } chosen)
        {
            return await pipelines.GetAsync(chosen, includeRetired: true, cancellationToken);
        }

        var all = await pipelines.ListAsync(includeRetired: true, cancellationToken);

        return all.Count > 0 ? all[0] : throw new NotFoundException("Pipeline", Guid.Empty);
    }

    private sealed record SalesView(
        FactTable<OpportunityFact> Table,
        DashboardSettings Settings,
        FiscalPeriod Period,
        PipelineView Pipeline,
        IReadOnlyList<FunnelStage> Stages,
        SalesFilter Filter,
        IReadOnlyList<OpportunityFact> Rows);
}
