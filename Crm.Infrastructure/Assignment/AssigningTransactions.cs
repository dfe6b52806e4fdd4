using Crm.Domain.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Assignment;

/// <summary>How a feature saves records that <see cref="IAssignmentEngine.DecideAsync"/> assigns.</summary>
internal static class AssigningTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> like <see cref="Transactions.InTransactionAsync{T}"/> (a new
    /// context, one transaction, the provider's execution strategy). When the commit loses the
    /// race for a rule's cursor, because the same rule assigned another record meanwhile, the
    /// whole work runs once more on a new context, where the engine sees the moved cursor.
    /// Losing twice throws <see cref="ConcurrencyConflictException"/> and saves nothing.
    /// </summary>
    public static async Task<T> InAssigningTransactionAsync<T>(
        this IDbContextFactory<CrmDbContext> contexts, Func<CrmDbContext, Task<T>> work, ILogger logger,
        CancellationToken cancellationToken)
    {
        try
        {
            return await contexts.InTransactionAsync(work, cancellationToken);
        }
        catch (DbUpdateConcurrencyException race) when (RuleOf(race) is { } ruleId)
        {
            AssignmentLog.CursorRaceLost(logger, ruleId);
        }

        try
        {
            return await contexts.InTransactionAsync(work, cancellationToken);
        }
        catch (DbUpdateConcurrencyException race) when (RuleOf(race) is { } ruleId)
        {
            throw new ConcurrencyConflictException("AssignmentRule", ruleId);
        }
    }

    // The rule whose cursor lost, when the conflict is about rules only.
    private static Guid? RuleOf(DbUpdateConcurrencyException race) =>
        race.Entries.Count > 0 && race.Entries.All(e => e.Entity is AssignmentRule)
            ? ((AssignmentRule)race.Entries[0].Entity).Id
            : null;
}
