using Crm.Infrastructure.Admin;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Assignment;

internal static class AssignmentAccess
{
    /// <summary>
    /// Returns the caller when they are an active admin in the database; throws
    /// <see cref="ForbiddenException"/> otherwise.
    /// </summary>
    public static async Task<Actor> EnsureAdminAsync(
        IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ILogger logger,
        CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!actor.IsAdmin || !await AdminRules.IsActiveAdminAsync(db, actor.UserId, cancellationToken))
        {
            AssignmentLog.Refused(logger, actor.UserId);
            throw new ForbiddenException("Only administrators manage assignment rules.");
        }

        return actor;
    }
}
