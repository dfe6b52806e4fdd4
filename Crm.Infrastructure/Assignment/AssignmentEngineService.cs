using Crm.Domain.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Assignment;

internal sealed class AssignmentEngineService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, AssignmentInputLoader inputs,
    ILogger<AssignmentEngineService> logger)
    : IAssignmentEngine
{
    public async Task<AssignmentDecision> DecideAsync(
        CrmDbContext db, AssignmentSubject subject, CancellationToken cancellationToken = default)
    {
        // Tracked, so the cursor moves on the entity the caller's SaveChanges writes.
        var rules = await db.AssignmentRules.Where(r => r.Kind == subject.Kind).ToListAsync(cancellationToken);
        var input = await inputs.LoadAsync(db, rules, subject, cancellationToken);

        var decision = AssignmentEngine.Decide(input);
        if (decision is { Rule: { } decided, NextCursor: { } cursor })
        {
            rules.Single(r => r.Id == decided.Id).Advance(cursor);
        }

        Log(subject, decision);

        return decision;
    }

    public async Task<AssignmentPreview> PreviewAsync(
        AssignmentSubject subject, CancellationToken cancellationToken = default)
    {
        await AssignmentAccess.EnsureAdminAsync(contexts, currentUser, logger, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var rules = await db.AssignmentRules.AsNoTracking()
            .Where(r => r.Kind == subject.Kind)
            .ToListAsync(cancellationToken);
        var evaluation = AssignmentEngine.Evaluate(await inputs.LoadAsync(db, rules, subject, cancellationToken));

        return new AssignmentPreview(evaluation.Decision, evaluation.Rules);
    }

    private void Log(AssignmentSubject subject, AssignmentDecision decision)
    {
        if (decision.Outcome == AssignmentOutcome.Unrouted)
        {
            AssignmentLog.Unrouted(logger, subject.Kind);
        }

        AssignmentLog.Decided(
            logger, subject.Kind, decision.Outcome, decision.Rule?.Id, decision.OwnerId, decision.QueueTeamId,
            decision.Reason.Code);
    }
}
