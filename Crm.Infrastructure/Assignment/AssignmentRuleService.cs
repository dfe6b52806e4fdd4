using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Assignment;

internal sealed partial class AssignmentRuleService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<AssignmentRuleService> logger)
    : IAssignmentRuleService
{
    private const string RecordType = "AssignmentRule";

    public async Task<IReadOnlyList<AssignmentRuleRow>> ListAsync(
        RecordKind kind, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var rules = await db.AssignmentRules.AsNoTracking().Where(r => r.Kind == kind).ToListAsync(cancellationToken);

        return rules.OrderBy(r => r.Position).ThenBy(r => r.Id).Select(ToRow).ToList();
    }

    public async Task<AssignmentChoices> ChoicesAsync(RecordKind kind, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var users = await db.CrmUsers.AsNoTracking()
            .Select(u => new AssignmentUserChoice(u.Id, u.DisplayName, u.TeamId, u.Region, u.IsActive, u.Availability))
            .ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking()
            .Select(t => new AssignmentTeamChoice(
                t.Id, t.Name, t.Kind,
                db.CrmUsers.Where(u => u.Id == t.ManagerId).Select(u => u.DisplayName).FirstOrDefault(),
                db.CrmUsers.Count(u => u.TeamId == t.Id && u.IsActive)))
            .ToListAsync(cancellationToken);
        var defaultQueue = await db.AssignmentSettings.AsNoTracking()
            .Select(s => s.DefaultQueueTeamId).FirstOrDefaultAsync(cancellationToken);

        var regions = await OrganizationRegions.ListAsync(db, cancellationToken);

        return new AssignmentChoices(
            [.. users.OrderBy(u => !u.IsActive).ThenBy(u => NameSortKey.For(u.DisplayName), StringComparer.Ordinal)],
            [.. teams.OrderBy(t => NameSortKey.For(t.Name), StringComparer.Ordinal)],
            AssignmentFields.For(kind),
            defaultQueue,
            regions);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<Actor> EnsureAdminAsync(CancellationToken cancellationToken) =>
        AssignmentAccess.EnsureAdminAsync(contexts, currentUser, logger, cancellationToken);

    private static async Task<AssignmentRule> LoadAsync(
        CrmDbContext db, Guid ruleId, CancellationToken cancellationToken) =>
        await db.AssignmentRules.SingleOrDefaultAsync(r => r.Id == ruleId, cancellationToken)
        ?? throw new NotFoundException(RecordType, ruleId);

    private static AssignmentRuleDefinition Definition(AssignmentRuleInput input) =>
        new(input.Name, input.Conditions ?? [], AssignmentStrategy.Of(input.Strategy, input.UserId, input.TeamId),
            input.FallbackQueueTeamId);

    private static AssignmentRuleRow ToRow(AssignmentRule rule) =>
        new(rule.Id, rule.Revision, rule.Kind, rule.Position, rule.Name, rule.IsActive, rule.Conditions,
            rule.Strategy, rule.FallbackQueueTeamId, rule.QueueTeamId);
}
