using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Assignment;

internal sealed partial class AssignmentRuleService
{
    public async Task<Guid> CreateAsync(
        RecordKind kind, AssignmentRuleInput input, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        var definition = Definition(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var last = await db.AssignmentRules.Where(r => r.Kind == kind)
            .MaxAsync(r => (int?)r.Position, cancellationToken);
        var rule = AssignmentRule.Create(Guid.CreateVersion7(), kind, (last ?? -1) + 1, definition, Now);
        await AssignmentRuleChecks.EnsureTargetsAsync(db, rule, cancellationToken);
        db.AssignmentRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        AssignmentLog.RuleChanged(logger, rule.Id, "created", actor.UserId);

        return rule.Id;
    }

    public async Task UpdateAsync(
        Guid ruleId, int expectedRevision, AssignmentRuleInput input, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        var definition = Definition(input);

        await SaveAsync(ruleId, async db =>
        {
            var rule = await LoadAsync(db, ruleId, cancellationToken);
            if (rule.Revision != expectedRevision)
            {
                throw new ConcurrencyConflictException(RecordType, ruleId);
            }

            rule.Redefine(definition, Now);
            await AssignmentRuleChecks.EnsureTargetsAsync(db, rule, cancellationToken);
        }, cancellationToken);
        AssignmentLog.RuleChanged(logger, ruleId, "changed", actor.UserId);
    }

    public async Task MoveAsync(Guid ruleId, RuleMove move, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);

        await SaveAsync(ruleId, async db =>
        {
            var rule = await LoadAsync(db, ruleId, cancellationToken);
            var rules = await db.AssignmentRules.Where(r => r.Kind == rule.Kind).ToListAsync(cancellationToken);
            var ordered = rules.OrderBy(r => r.Position).ThenBy(r => r.Id).ToList();
            var from = ordered.IndexOf(rule);
            var to = move == RuleMove.Up ? from - 1 : from + 1;
            if (to < 0 || to >= ordered.Count)
            {
                return;
            }

            // Renumbering the whole list also closes the gaps deleted rules leave.
            (ordered[from], ordered[to]) = (ordered[to], ordered[from]);
            var now = Now;
            for (var position = 0; position < ordered.Count; position++)
            {
                ordered[position].MoveTo(position, now);
            }
        }, cancellationToken);
        AssignmentLog.RuleChanged(logger, ruleId, $"moved {move}", actor.UserId);
    }

    public async Task SetActiveAsync(Guid ruleId, bool active, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);

        await SaveAsync(ruleId, async db =>
        {
            var rule = await LoadAsync(db, ruleId, cancellationToken);
            if (active)
            {
                rule.Activate(Now);
            }
            else
            {
                rule.Deactivate(Now);
            }
        }, cancellationToken);
        AssignmentLog.RuleChanged(logger, ruleId, active ? "activated" : "deactivated", actor.UserId);
    }

    public async Task DeleteAsync(Guid ruleId, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);

        await SaveAsync(
            ruleId, async db => (await LoadAsync(db, ruleId, cancellationToken)).Delete(Now), cancellationToken);
        AssignmentLog.RuleChanged(logger, ruleId, "deleted", actor.UserId);
    }

    public async Task SetDefaultQueueAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        await AssignmentRuleChecks.EnsureTeamAsync(db, teamId, "DefaultQueue", cancellationToken);
        var settings = await db.AssignmentSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new AssignmentSettings();
            db.AssignmentSettings.Add(settings);
        }

        settings.ChangeDefaultQueue(teamId, Now);
        await db.SaveCheckedAsync("AssignmentSettings", settings.Id, cancellationToken);
        AssignmentLog.DefaultQueueChanged(logger, teamId, actor.UserId);
    }

    /// <summary>
    /// Applies <paramref name="change"/> on a new context and saves. Every assignment a rule makes
    /// moves its version (the cursor), so a save can lose to one that happened between load and
    /// save; that is not an edit by anyone, so the change is applied once more to fresh rows.
    /// </summary>
    private async Task SaveAsync(Guid ruleId, Func<CrmDbContext, Task> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await change(db);
            try
            {
                await db.SaveChangesAsync(cancellationToken);

                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt == 1)
            {
                // Loaded again on the next pass.
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException(RecordType, ruleId);
            }
        }
    }
}
