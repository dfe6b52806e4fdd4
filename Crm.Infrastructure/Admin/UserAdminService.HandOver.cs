using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Admin;

internal sealed partial class UserAdminService
{
    public async Task<HandOverResult> HandOverAsync(
        Guid fromUserId, Guid toUserId, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        if (fromUserId == toUserId)
        {
            throw new DomainException("Receiver.same", "Choose someone else to receive the records.", "Receiver");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.CrmUsers.AnyAsync(u => u.Id == fromUserId, cancellationToken))
        {
            throw new NotFoundException("User", fromUserId);
        }

        if (!await db.CrmUsers.AnyAsync(u => u.Id == toUserId && u.IsActive, cancellationToken))
        {
            throw new DomainException("Receiver.inactive", "The receiver must be an active user.", "Receiver");
        }

        var now = Now;
        var accounts = await db.Accounts.Where(a => a.OwnerId == fromUserId).ToListAsync(cancellationToken);
        accounts.ForEach(a => a.AssignOwner(toUserId, now));
        var tasks = await db.FollowUpTasks.Where(t => t.AssigneeId == fromUserId && !t.IsDone)
            .ToListAsync(cancellationToken);
        tasks.ForEach(t => t.Reassign(toUserId, now));

        // One SaveChanges is one transaction: either every record moves or none does.
        await SaveCheckedAsync(db, "User", fromUserId, cancellationToken);
        AdminLog.HandedOver(logger, accounts.Count, tasks.Count, fromUserId, toUserId);

        return new HandOverResult(accounts.Count, tasks.Count);
    }
}
