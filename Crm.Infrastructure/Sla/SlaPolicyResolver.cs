using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Sla;

internal sealed class SlaPolicyResolver(IDbContextFactory<CrmDbContext> contexts, ILogger<SlaPolicyResolver> logger)
    : ISlaPolicyResolver
{
    public async Task<SlaAssignment?> ResolveAsync(
        SlaPriority priority, AccountTier? tier, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Resolve(priority, tier);

    public async Task<SlaRulebook> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calendars = await db.SlaCalendars.AsNoTracking().ToListAsync(cancellationToken);
        var policies = await db.SlaPolicies.AsNoTracking().ToListAsync(cancellationToken);

        var byId = calendars.ToDictionary(c => c.Id);
        var fallback = calendars.FirstOrDefault(c => c.IsDefault);
        var assignments = new List<SlaAssignment>();
        foreach (var policy in policies)
        {
            var calendar = policy.CalendarId is { } id && byId.TryGetValue(id, out var own) ? own : fallback;
            if (calendar is null)
            {
                SlaLog.NoDefaultCalendar(logger, policy.Id);
                continue;
            }

            var view = SlaPolicyService.ViewOf(policy, calendar.Name);
            assignments.Add(new SlaAssignment(view, calendar.Id, calendar.Name, calendar.Schedule()));
        }

        return new SlaRulebook(assignments);
    }
}
