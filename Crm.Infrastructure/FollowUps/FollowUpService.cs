using Crm.Domain.Common;
using Crm.Domain.FollowUps;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.FollowUps;

internal sealed class FollowUpService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ICustomerVisibility visibility,
    IOpportunityVisibility opportunities, TimeProvider clock, ILogger<FollowUpService> logger)
    : IFollowUpService
{
    private const string RecordType = "FollowUpTask";
    private const int MaxOpenTasks = 500;

    public async Task<FollowUpItem> CreateAsync(FollowUpInput input, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        if (input.AccountId is { } accountId)
        {
            await EnsureAccountVisibleAsync(session, accountId, cancellationToken);
            EnsureCanWork(session.Access);
        }

        await RelatedRecords.EnsureLinkableAsync(
            session.Db, session.Actor, opportunities, input.AccountId, input.Related, cancellationToken);

        var assigneeId = input.AssigneeId ?? session.Actor.UserId;
        var task = FollowUpTask.Create(
            Guid.CreateVersion7(), input.Subject, input.DueAt, assigneeId, input.AccountId, input.Related, Now);
        await EnsureAssignableAsync(session, assigneeId, cancellationToken);
        session.Db.FollowUpTasks.Add(task);
        await session.Db.SaveChangesAsync(cancellationToken);
        FollowUpsLog.Created(logger, task.Id, assigneeId);

        return await ItemAsync(session, task.Id, cancellationToken);
    }

    public Task<FollowUpItem> CompleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, task => task.Complete(Now), cancellationToken);

    public Task<FollowUpItem> ReopenAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, task => task.Reopen(Now), cancellationToken);

    public Task<FollowUpItem> RescheduleAsync(
        Guid id, int expectedVersion, DateTime dueAt, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, task => task.Reschedule(dueAt, Now), cancellationToken);

    public async Task<IReadOnlyList<FollowUpItem>> MyOpenAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var me = session.Actor.UserId;

        var tasks = Live(session).Where(t => t.AssigneeId == me && !t.IsDone)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(MaxOpenTasks);

        return await Project(session, tasks).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FollowUpItem>> MyCompletedAsync(
        int limit = 20, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var me = session.Actor.UserId;

        var tasks = Live(session).Where(t => t.AssigneeId == me && t.IsDone)
            .OrderByDescending(t => t.CompletedAt).ThenBy(t => t.Id).Take(Math.Clamp(limit, 1, 200));

        return await Project(session, tasks).ToListAsync(cancellationToken);
    }

    public Task<AccountTaskList> OpenForAccountAsync(
        Guid accountId, CancellationToken cancellationToken = default) =>
        OpenOnAccountAsync(accountId, null, cancellationToken);

    public Task<AccountTaskList> OpenForRecordAsync(
        Guid accountId, RecordLink related, CancellationToken cancellationToken = default) =>
        OpenOnAccountAsync(accountId, related, cancellationToken);

    private async Task<AccountTaskList> OpenOnAccountAsync(
        Guid accountId, RecordLink? related, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        await EnsureAccountVisibleAsync(session, accountId, cancellationToken);

        var tasks = visibility.FollowUpTasks(session.Db, session.Access)
            .Where(t => t.AccountId == accountId && !t.IsDone);
        if (related is not null)
        {
            tasks = tasks.Where(t => t.Related!.Id == related.Id && t.Related.Kind == related.Kind);
        }

        tasks = tasks.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(MaxOpenTasks);

        return new AccountTaskList(
            await Project(session, tasks).ToListAsync(cancellationToken), session.Access.CanLogActivities);
    }

    public async Task<IReadOnlyList<AssigneeOption>> AssigneesAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var scope = session.Access.Scope;

        var users = session.Db.CrmUsers.Where(u => u.IsActive);
        if (!scope.SeesAll)
        {
            var owners = scope.OwnerIds.ToList();
            users = users.Where(u => owners.Contains(u.Id));
        }

        var options = await users.Select(u => new AssigneeOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);

        return [.. options.OrderBy(o => NameSortKey.For(o.DisplayName), StringComparer.Ordinal)];
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<FollowUpItem> ChangeAsync(
        Guid id, int? expectedVersion, Action<FollowUpTask> change, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        var task = await Live(session).SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        if (task.AssigneeId != session.Actor.UserId && !session.Access.CanLogActivities)
        {
            throw new ForbiddenException("You can read this task but not change it.");
        }

        if (expectedVersion is { } version)
        {
            session.Db.ExpectVersion(task, version);
        }

        change(task);
        await session.Db.SaveCheckedAsync(RecordType, id, cancellationToken);
        FollowUpsLog.Changed(logger, id, task.IsDone);

        return await ItemAsync(session, id, cancellationToken);
    }

    // Visible tasks whose account (if any) is not deleted.
    private IQueryable<FollowUpTask> Live(CustomerSession session)
    {
        var db = session.Db;

        return visibility.FollowUpTasks(db, session.Access)
            .Where(t => t.AccountId == null || db.Accounts.Any(a => a.Id == t.AccountId));
    }

    private Task<FollowUpItem> ItemAsync(CustomerSession session, Guid id, CancellationToken cancellationToken) =>
        Project(session, session.Db.FollowUpTasks.Where(t => t.Id == id)).SingleAsync(cancellationToken);

    private static IQueryable<FollowUpItem> Project(CustomerSession session, IQueryable<FollowUpTask> tasks)
    {
        var db = session.Db;
        var me = session.Actor.UserId;
        var canWork = session.Access.CanLogActivities;

        return tasks.Select(t => new FollowUpItem(
            t.Id, t.Version, t.Subject, t.DueAt, t.IsDone, t.CompletedAt, t.AssigneeId,
            db.CrmUsers.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            t.AccountId,
            db.Accounts.Where(a => a.Id == t.AccountId).Select(a => a.Name).FirstOrDefault(),
            canWork || t.AssigneeId == me));
    }

    private static async Task EnsureAssignableAsync(
        CustomerSession session, Guid assigneeId, CancellationToken cancellationToken)
    {
        var inScope = assigneeId == session.Actor.UserId || session.Access.Scope.Covers(assigneeId);
        if (!inScope || !await session.Db.CrmUsers.AnyAsync(u => u.Id == assigneeId && u.IsActive, cancellationToken))
        {
            throw new DomainException(
                "Assignee.invalid", "The assignee is not someone you can give tasks to.", "Assignee");
        }
    }

    private async Task EnsureAccountVisibleAsync(
        CustomerSession session, Guid accountId, CancellationToken cancellationToken)
    {
        if (!await visibility.Accounts(session.Db, session.Access).AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            throw new NotFoundException("Account", accountId);
        }
    }

    private static void EnsureCanWork(CustomerAccess access)
    {
        if (!access.CanLogActivities)
        {
            throw new ForbiddenException("You can read this account's tasks but not add any.");
        }
    }

    private Task<CustomerSession> OpenAsync(CancellationToken cancellationToken) =>
        CustomerSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
}
