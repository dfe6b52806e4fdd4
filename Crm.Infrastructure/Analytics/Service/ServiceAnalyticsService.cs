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
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var settings = await settingsReader.ReadAsync(db, cancellationToken);
        var table = await facts.CurrentAsync(cancellationToken);

        var period = settings.PeriodOf(query.PeriodKey, query.Kind);
        var window = new ServiceWindow(period.Start, period.LastDay, settings.Zone);
        var visible = table.Rows.Where(f => access.Scope.Works(f.TeamId, f.AssigneeId)).ToList();
        var rows = visible.Where(f => Matches(f, query)).ToList();
        var queues = await QueuesAsync(db, visible, cancellationToken);
        var agents = await AgentsAsync(db, visible, cancellationToken);

        return new ServiceDashboard(
            table.Sequence,
            settings.ViewOf(period),
            TicketVolume.ByChannel(rows, window),
            TicketVolume.ByCategory(rows, window),
            TicketVolume.ByHourOfWeek(rows, window),
            ServiceTimes.FirstResponse(rows, window),
            ServiceTimes.Resolution(rows, window),
            ServiceTimes.ComplaintHandling(rows, window),
            SlaAttainment.Of(rows, window),
            BacklogOf(rows, period, settings),
            AgentSatisfaction.ByAgent(rows, window),
            AgentSatisfaction.Overall(rows, window),
            queues,
            agents);
    }

    // Days still to come have no backlog yet: the line stops at today.
    private static IReadOnlyList<(DateOnly Day, int Open)> BacklogOf(
        List<TicketFact> rows, FiscalPeriod period, DashboardSettings settings)
    {
        if (settings.Today < period.Start)
        {
            return [];
        }

        var last = settings.Today < period.LastDay ? settings.Today : period.LastDay;

        return Backlog.AtDayEnds(rows, new ServiceWindow(period.Start, last, settings.Zone));
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
}
