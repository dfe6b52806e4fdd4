using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets;

internal sealed class QueueService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ILogger<QueueService> logger)
    : IQueueService
{
    private const string RecordType = "TicketQueue";

    public async Task<IReadOnlyList<QueueRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var open = TicketStatusRules.OpenStatuses.ToList();
        var rows = await db.TicketQueues
            .Select(q => new QueueRow(
                q.Id, q.Version, q.Name, q.TeamId,
                db.Teams.Where(t => t.Id == q.TeamId).Select(t => t.Name).FirstOrDefault() ?? "",
                q.DefaultPriority, q.IsActive,
                db.Tickets.Count(t => t.QueueId == q.Id && open.Contains(t.Status))))
            .ToListAsync(cancellationToken);

        return [.. rows.OrderBy(r => NameSortKey.For(r.Name), StringComparer.Ordinal)];
    }

    public async Task<Guid> CreateAsync(QueueInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureMayManageAsync(db, actor, input.TeamId, cancellationToken);
        await EnsureNameFreeAsync(db, input.Name, null, cancellationToken);

        var queue = new TicketQueue(Guid.CreateVersion7(), input.Name, input.TeamId, input.DefaultPriority);
        if (!input.IsActive)
        {
            queue.Deactivate();
        }

        db.TicketQueues.Add(queue);
        await db.SaveChangesAsync(cancellationToken);
        TicketsLog.QueueSaved(logger, queue.Id, actor.UserId, queue.TeamId, queue.IsActive);

        return queue.Id;
    }

    public async Task UpdateAsync(
        Guid id, int expectedVersion, QueueInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var queue = await db.TicketQueues.SingleOrDefaultAsync(q => q.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        await EnsureMayManageAsync(db, actor, queue.TeamId, cancellationToken);
        await EnsureMayManageAsync(db, actor, input.TeamId, cancellationToken);
        await EnsureNameFreeAsync(db, input.Name, id, cancellationToken);

        db.ExpectVersion(queue, expectedVersion);
        queue.Update(input.Name, input.TeamId, input.DefaultPriority);
        if (input.IsActive)
        {
            queue.Activate();
        }
        else
        {
            queue.Deactivate();
        }

        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        TicketsLog.QueueSaved(logger, id, actor.UserId, queue.TeamId, queue.IsActive);
    }

    // Admins manage every queue; a support lead those of the support teams they manage.
    private static async Task EnsureMayManageAsync(
        CrmDbContext db, Actor actor, Guid teamId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new { t.Kind, t.ManagerId }).FirstOrDefaultAsync(cancellationToken);
        if (team is not { Kind: TeamKind.Support })
        {
            throw new DomainException("Team.invalid", "A queue belongs to a support team.", "Team");
        }

        var leads = actor.IsInRole(Roles.SupportLead) && team.ManagerId == actor.UserId;
        if (!actor.IsAdmin && !leads)
        {
            throw new ForbiddenException("Only administrators and the team's lead manage its queues.");
        }
    }

    private static async Task EnsureNameFreeAsync(
        CrmDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? "";
        if (await db.TicketQueues.AnyAsync(q => q.Name == trimmed && q.Id != except, cancellationToken))
        {
            throw new DomainException("Name.taken", "Another queue has this name.", "Name");
        }
    }
}
