using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Teams;

internal sealed class UserProfileService(IDbContextFactory<CrmDbContext> contexts) : IUserProfileService
{
    public async Task<UserProfile?> FindAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await db.CrmUsers
            .Where(u => u.Id == userId)
            .Join(db.Teams, u => u.TeamId, t => t.Id, (u, t) => new UserProfile(
                u.Id, u.DisplayName, u.Email, u.Language, u.TimeZone, t.Id, t.Name, u.IsActive))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task ChangeLanguageAsync(Guid userId, string language, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.CrmUsers.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.Language == language)
        {
            return;
        }

        user.ChangeLanguage(language);
        await db.SaveChangesAsync(cancellationToken);
    }
}
