using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets.Workspace;

internal sealed class AgentStatusService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, IAgentWorkspace workspace,
    TimeProvider clock)
    : IAgentStatusService
{
    public async Task<Availability> MineAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await db.CrmUsers.Where(u => u.Id == actor.UserId).Select(u => u.Availability)
            .SingleAsync(cancellationToken);
    }

    public async Task SetMineAsync(Availability availability, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.CrmUsers.SingleAsync(u => u.Id == actor.UserId, cancellationToken);

        user.ChangeOwnAvailability(availability, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AgentStatus>> TeamAsync(
        Guid teamId, CancellationToken cancellationToken = default)
    {
        var teams = await workspace.TeamsAsync(cancellationToken);
        if (teams.All(t => t.Id != teamId))
        {
            throw new NotFoundException("SupportTeam", teamId);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var members = await db.CrmUsers.AsNoTracking().Where(u => u.IsActive && u.TeamId == teamId)
            .Select(u => new AgentStatus(u.Id, u.DisplayName, u.Availability))
            .ToListAsync(cancellationToken);

        return [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)];
    }
}
