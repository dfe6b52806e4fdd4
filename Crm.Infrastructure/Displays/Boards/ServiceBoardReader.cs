using System.Collections.Immutable;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Organization;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Displays.Boards;

/// <summary>An active member of a support team, as the board lists them.</summary>
internal sealed record ServiceAgent(Guid UserId, string Name, Availability Availability);

/// <summary>
/// The small reads of the service boards, as the system (a display has no user): whether a scope
/// exists, a team's members and the organisation's time zone. Tickets are never read here: they
/// come from the shared team snapshot and the ticket facts. A service scope per read, nothing
/// written back.
/// </summary>
internal sealed class ServiceBoardReader(IServiceScopeFactory scopes)
{
    /// <summary>
    /// Throws <see cref="NotFoundException"/> unless the team is a support team and the queue,
    /// if any, is one of its queues.
    /// </summary>
    public async Task CheckAsync(ServiceBoardScope scope, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(services, cancellationToken);
        var support = await db.Teams.AsNoTracking()
            .AnyAsync(t => t.Id == scope.TeamId && t.Kind == TeamKind.Support, cancellationToken);
        if (!support)
        {
            throw new NotFoundException("SupportTeam", scope.TeamId);
        }

        if (scope.QueueId is { } queueId && !await db.TicketQueues.AsNoTracking()
                .AnyAsync(q => q.Id == queueId && q.TeamId == scope.TeamId, cancellationToken))
        {
            throw new NotFoundException("TicketQueue", queueId);
        }
    }

    /// <summary>The team's active members with their status now, by name.</summary>
    public async Task<ImmutableArray<ServiceAgent>> AgentsAsync(Guid teamId, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(services, cancellationToken);
        var members = await db.CrmUsers.AsNoTracking().Where(u => u.IsActive && u.TeamId == teamId)
            .Select(u => new ServiceAgent(u.Id, u.DisplayName, u.Availability))
            .ToListAsync(cancellationToken);

        return [.. members.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.UserId)];
    }

    /// <summary>The organisation's time zone: it decides what "today" is.</summary>
    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        await using var db = await ContextAsync(services, cancellationToken);

        return (await OrganizationProfile.ReadAsync(db, cancellationToken)).Zone;
    }

    private static Task<CrmDbContext> ContextAsync(AsyncServiceScope scope, CancellationToken cancellationToken) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync(cancellationToken);
}
