using Crm.Domain.Analytics;
using Crm.Domain.Analytics.Service;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Analytics.Service;

internal sealed class ServiceAnalyticsService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ITicketVisibility visibility,
    ITicketFacts facts, DashboardSettingsReader settingsReader)
    : IServiceAnalytics
{
    public async Task<ServiceDashboard> ReadAsync(ServiceQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var view = await ViewAsync(db, query, cancellationToken);
        var (rows, window) = (view.Rows, view.Window);
        var queues = await QueuesAsync(db, view.Visible, cancellationToken);
        var agents = await AgentsAsync(db, view.Visible, cancellationToken);

        return new ServiceDashboard(
            view.Sequence,
            view.Settings.ViewOf(view.Period),
            TicketVolume.ByChannel(rows, window),
            TicketVolume.ByCategory(rows, window),
            TicketVolume.ByHourOfWeek(rows, window),
            ServiceTimes.FirstResponse(rows, window),
            ServiceTimes.Resolution(rows, window),
            ServiceTimes.ComplaintHandling(rows, window),
            SlaAttainment.Of(rows, window),
            view.BacklogWindow is { } backlog ? Backlog.AtDayEnds(rows, backlog) : [],
            AgentSatisfaction.ByAgent(rows, window),
            AgentSatisfaction.Overall(rows, window),
            queues,
            agents);
    }

    public async Task<IReadOnlyList<TicketRecord>> RecordsBehindAsync(
        ServiceQuery query, ServiceSegment segment, int limit = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var view = await ViewAsync(db, query, cancellationToken);
        var behind = ServiceSegments.Behind(view.Rows, view.Window, view.BacklogWindow, segment)
            .OrderByDescending(f => f.OpenedAt)
            .ThenByDescending(f => f.Number)
            .Take(limit)
            .ToList();

        return await TicketRecords.ReadAsync(db, behind, cancellationToken);
    }

    private async Task<ServiceView> ViewAsync(CrmDbContext db, ServiceQuery query, CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var settings = await settingsReader.ReadAsync(db, cancellationToken);
        var table = await facts.CurrentAsync(cancellationToken);

        var period = settings.PeriodOf(query.PeriodKey, query.Kind);
        var window = new ServiceWindow(period.Start, period.LastDay, settings.Zone);
        var visible = table.Rows.Where(f => access.Scope.Works(f.TeamId, f.AssigneeId)).ToList();
        var rows = visible.Where(f => Matches(f, query)).ToList();
        var backlog = BacklogWindowOf(period, settings);

        return new ServiceView(table.Sequence, settings, period, window, backlog, visible, rows);
    }

    // Days still to come have no backlog yet: the line stops at today.
    private static ServiceWindow? BacklogWindowOf(FiscalPeriod period, DashboardSettings settings)
    {
        if (settings.Today < period.Start)
        {
            return null;
        }

        var last = settings.Today < period.LastDay ? settings.Today : period.LastDay;

        return new ServiceWindow(period.Start, last, settings.Zone);
    }

    private static bool Matches(TicketFact fact, ServiceQuery query) =>
        (query.QueueId is not { } queue || fact.QueueId == queue)
        && (query.AssigneeId is not { } agent || fact.AssigneeId == agent)
        && (query.Channel is not { } channel || fact.Channel == channel)
        && (query.Priority is not { } priority || fact.Priority == priority);

    private static async Task<IReadOnlyList<AnalyticsChoice>> QueuesAsync(
        CrmDbContext db, List<TicketFact> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(f => f.QueueId).Distinct().ToList();
        var queues = await db.TicketQueues.AsNoTracking()
            .Where(q => ids.Contains(q.Id))
            .Select(q => new AnalyticsChoice(q.Id, q.Name))
            .ToListAsync(cancellationToken);

        return [.. queues.OrderBy(q => q.Name, StringComparer.CurrentCulture)];
    }

    private static async Task<IReadOnlyList<AnalyticsChoice>> AgentsAsync(
        CrmDbContext db, List<TicketFact> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Where(f => f.AssigneeId is not null).Select(f => f.AssigneeId!.Value).Distinct().ToList();
        var agents = await db.CrmUsers.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new AnalyticsChoice(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);

        return [.. agents.OrderBy(a => a.Name, StringComparer.CurrentCulture)];
    }

    private sealed record ServiceView(
        long Sequence,
        DashboardSettings Settings,
        FiscalPeriod Period,
        ServiceWindow Window,
        ServiceWindow? BacklogWindow,
        List<TicketFact> Visible,
        List<TicketFact> Rows);
}
