using Crm.Domain.Notifications;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Notifications;

internal sealed class NotificationService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<NotificationService> logger)
    : INotificationService
{
    private const string RecordType = "Notification";
    private const int MaxPageSize = 100;
    private const int MaxPage = 10_000;
    private const int MarkAllBatchSize = 500;
    private const int MaxConflicts = 3;

    public async Task<Page<NotificationItem>> ListAsync(
        NotificationQuery query, CancellationToken cancellationToken = default)
    {
        var me = await MeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = Mine(db, me, query.UnreadOnly);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);

        var total = await mine.CountAsync(cancellationToken);
        var page = mine.OrderByDescending(n => n.At).ThenByDescending(n => n.Id)
            .Skip(Math.Clamp(query.Page, 0, MaxPage) * size).Take(size);
        var items = await Project(db, page).ToListAsync(cancellationToken);

        return new Page<NotificationItem>(items, total);
    }

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var me = await MeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return await Mine(db, me, unreadOnly: true).CountAsync(cancellationToken);
    }

    public Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, n => n.MarkRead(Now), cancellationToken);

    public Task MarkUnreadAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, n => n.MarkUnread(Now), cancellationToken);

    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var me = await MeAsync(cancellationToken);
        var upTo = Now;
        var (marked, conflicts) = (0, 0);
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await Mine(db, me, unreadOnly: true).Where(n => n.At <= upTo)
                .OrderBy(n => n.At).Take(MarkAllBatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            batch.ForEach(n => n.MarkRead(upTo));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                marked += batch.Count;
            }
            catch (DbUpdateConcurrencyException) when (++conflicts < MaxConflicts)
            {
                // Another tab marked some of the batch meanwhile; the next round reads them afresh.
                NotificationsLog.RetriedAfterConflict(logger, batch[0].Id);
            }
        }

        NotificationsLog.MarkedAllRead(logger, marked, me);

        return marked;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task ChangeAsync(Guid id, Action<Notification> change, CancellationToken cancellationToken)
    {
        var me = await MeAsync(cancellationToken);
        try
        {
            await ChangeOnceAsync(me, id, change, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Read state has no lost update to guard against: another tab marked the same
            // notification at the same moment. Ours is applied on top of theirs, once.
            NotificationsLog.RetriedAfterConflict(logger, id);
            await ChangeOnceAsync(me, id, change, cancellationToken);
        }
    }

    private async Task ChangeOnceAsync(
        Guid me, Guid id, Action<Notification> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await Mine(db, me, unreadOnly: false)
            .SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);

        change(notification);
        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
    }

    private async Task<Guid> MeAsync(CancellationToken cancellationToken) =>
        (await currentUser.GetAsync(cancellationToken)).UserId;

    private static IQueryable<Notification> Mine(CrmDbContext db, Guid me, bool unreadOnly)
    {
        var mine = db.Notifications.Where(n => n.RecipientId == me);

        return unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
    }

    private static IQueryable<NotificationItem> Project(CrmDbContext db, IQueryable<Notification> notifications) =>
        notifications.AsNoTracking().Select(n => new NotificationItem(
            n.Id, n.Kind, n.Target, n.Arguments, n.At, n.ReadAt, n.ActorId,
            db.CrmUsers.Where(u => u.Id == n.ActorId).Select(u => u.DisplayName).FirstOrDefault()));
}
