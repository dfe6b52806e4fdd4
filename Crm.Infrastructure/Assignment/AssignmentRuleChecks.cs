using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Assignment;

/// <summary>Checks of a rule that need the database: the users and teams it names exist and can work.</summary>
internal static class AssignmentRuleChecks
{
    public static async Task EnsureTargetsAsync(
        CrmDbContext db, AssignmentRule rule, CancellationToken cancellationToken)
    {
        var strategy = rule.Strategy;
        if (strategy.Kind == StrategyKind.NamedOwner
            && !await db.CrmUsers.AnyAsync(u => u.Id == strategy.UserId && u.IsActive, cancellationToken))
        {
            throw new DomainException("StrategyUser.inactive", "Choose an active user.", "StrategyUser");
        }

        if (strategy.TeamId is { } teamId)
        {
            await EnsureTeamAsync(db, teamId, "StrategyTeam", cancellationToken);
            if (strategy.Kind is StrategyKind.RoundRobin or StrategyKind.LeastBusy
                && !await db.CrmUsers.AnyAsync(u => u.TeamId == teamId && u.IsActive, cancellationToken))
            {
                throw new DomainException("StrategyTeam.empty", "The team has no active members.", "StrategyTeam");
            }
        }

        if (rule.FallbackQueueTeamId is { } queueId)
        {
            await EnsureTeamAsync(db, queueId, "FallbackQueue", cancellationToken);
        }
    }

    public static async Task EnsureTeamAsync(
        CrmDbContext db, Guid teamId, string field, CancellationToken cancellationToken)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            throw new DomainException($"{field}.unknown", "Choose an existing team.", field);
        }
    }
}
