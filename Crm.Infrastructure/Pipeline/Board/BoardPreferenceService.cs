using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Pipeline.Board;

internal sealed class BoardPreferenceService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<BoardPreferenceService> logger)
    : IBoardPreferences
{
    public async Task<IReadOnlyList<string>?> ListColumnsAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var saved = await db.Set<BoardPreference>().AsNoTracking()
            .SingleOrDefaultAsync(p => p.UserId == actor.UserId, cancellationToken);

        return saved?.ListColumnKeys;
    }

    public async Task SaveListColumnsAsync(IReadOnlyList<string> columns, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        try
        {
            await SaveAsync(actor.UserId, columns, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another tab of the same user added the row first: save over it.
            await SaveAsync(actor.UserId, columns, cancellationToken);
        }

        LogSaved(actor.UserId, columns.Count);
    }

    private async Task SaveAsync(Guid userId, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var preference = await db.Set<BoardPreference>()
            .SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (preference is null)
        {
            preference = new BoardPreference(userId);
            db.Add(preference);
        }

        preference.ChooseListColumns(columns, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void LogSaved(Guid userId, int count) => BoardLog.PreferencesSaved(logger, userId, count);
}
