using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Activities;

internal sealed class ActivityService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ICustomerVisibility visibility,
    IOpportunityVisibility opportunities, TimeProvider clock, ILogger<ActivityService> logger)
    : IActivityService
{
    private const string RecordType = "Activity";
    private const int MaxPageSize = 200;

    public Task<ActivityItem> LogAsync(
        Guid accountId, Guid? contactId, ActivityEntry entry, CancellationToken cancellationToken = default) =>
        LogAsync(accountId, contactId, null, entry, cancellationToken);

    public async Task<ActivityItem> LogAsync(
        Guid accountId, Guid? contactId, RecordLink? related, ActivityEntry entry,
        CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        await EnsureAccountVisibleAsync(session, accountId, cancellationToken);
        EnsureCanLog(session.Access);
        await EnsureContactOfAccountAsync(session, accountId, contactId, cancellationToken);
        await RelatedRecords.EnsureLinkableAsync(
            session.Db, session.Actor, opportunities, accountId, related, cancellationToken);

        var activity = Activity.Log(
            Guid.CreateVersion7(), accountId, contactId, related, entry, session.Actor.UserId, Now);
        session.Db.Activities.Add(activity);
        await session.Db.SaveChangesAsync(cancellationToken);
        ActivitiesLog.Logged(logger, activity.Id, accountId);

        return await ItemAsync(session, activity.Id, cancellationToken);
    }

    public async Task<TimelinePage> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var activities = await ScopeAsync(session, query, cancellationToken);
        if (query.Kinds is { Count: > 0 } kinds)
        {
            var wanted = kinds.Distinct().ToList();
            activities = activities.Where(a => wanted.Contains(a.Kind));
        }

        if (query.After is { } after)
        {
            activities = activities.Where(a => a.OccurredAt < after.OccurredAt
                || (a.OccurredAt == after.OccurredAt && a.Id.CompareTo(after.Id) < 0));
        }

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var ordered = activities.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(pageSize + 1);
        var items = await Project(session, ordered).ToListAsync(cancellationToken);

        if (items.Count <= pageSize)
        {
            return new TimelinePage(items, null);
        }

        var last = items[pageSize - 1];

        return new TimelinePage(items[..pageSize], new TimelineCursor(last.OccurredAt, last.Id));
    }

    public async Task<ActivityItem> CorrectAsync(
        Guid id, int expectedVersion, ActivityEntry entry, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var activity = await FindChangeableAsync(session, id, expectedVersion, cancellationToken);

        activity.Correct(entry, Now);
        await session.Db.SaveCheckedAsync(RecordType, id, cancellationToken);
        ActivitiesLog.Corrected(logger, id);

        return await ItemAsync(session, id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var activity = await FindChangeableAsync(session, id, expectedVersion, cancellationToken);

        activity.Delete(Now);
        await session.Db.SaveCheckedAsync(RecordType, id, cancellationToken);
        ActivitiesLog.Deleted(logger, id);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<IQueryable<Activity>> ScopeAsync(
        CustomerSession session, TimelineQuery query, CancellationToken cancellationToken)
    {
        var db = session.Db;
        var activities = visibility.Activities(db, session.Access);
        if (query.AccountId is { } accountId)
        {
            await EnsureAccountVisibleAsync(session, accountId, cancellationToken);
            activities = activities.Where(a => a.AccountId == accountId);
        }
        else
        {
            // Across accounts: a deleted account takes its timeline out of view.
            activities = activities.Where(a => db.Accounts.Any(x => x.Id == a.AccountId));
        }

        if (query.ContactId is { } contactId)
        {
            if (!await visibility.Contacts(db, session.Access).AnyAsync(c => c.Id == contactId, cancellationToken))
            {
                throw new NotFoundException("Contact", contactId);
            }

            activities = activities.Where(a => a.ContactId == contactId);
        }

        if (query.Related is { } related)
        {
            activities = activities.Where(a => a.Related!.Id == related.Id && a.Related.Kind == related.Kind);
        }

        return activities;
    }

    private async Task<Activity> FindChangeableAsync(
        CustomerSession session, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var activity = await visibility.Activities(session.Db, session.Access)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        if (!CanChange(session, activity.LoggedById))
        {
            throw new ForbiddenException("Only the person who logged an activity, or a lead, may change it.");
        }

        session.Db.ExpectVersion(activity, expectedVersion);

        return activity;
    }

    private Task<ActivityItem> ItemAsync(CustomerSession session, Guid id, CancellationToken cancellationToken) =>
        Project(session, session.Db.Activities.Where(a => a.Id == id)).SingleAsync(cancellationToken);

    private static IQueryable<ActivityItem> Project(CustomerSession session, IQueryable<Activity> activities)
    {
        var db = session.Db;
        var me = session.Actor.UserId;
        var canLog = session.Access.CanLogActivities;
        var changesAny = ChangesAnyActivity(session.Actor);

        return activities.Select(a => new ActivityItem(
            a.Id, a.Version, a.AccountId,
            db.Accounts.Where(x => x.Id == a.AccountId).Select(x => x.Name).FirstOrDefault() ?? "",
            a.ContactId,
            db.Contacts.Where(c => c.Id == a.ContactId).Select(c => c.Name).FirstOrDefault(),
            a.Kind, a.Direction, a.OccurredAt, a.Duration, a.Outcome, a.Subject, a.Body, a.LoggedById,
            db.CrmUsers.Where(u => u.Id == a.LoggedById).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            canLog && (changesAny || a.LoggedById == me)));
    }

    private static bool CanChange(CustomerSession session, Guid loggedById) =>
        session.Access.CanLogActivities && (ChangesAnyActivity(session.Actor) || loggedById == session.Actor.UserId);

    private static bool ChangesAnyActivity(Actor actor) =>
        actor.IsInAnyRole(Roles.Admin, Roles.SalesManager, Roles.SupportLead);

    private async Task EnsureAccountVisibleAsync(
        CustomerSession session, Guid accountId, CancellationToken cancellationToken)
    {
        if (!await visibility.Accounts(session.Db, session.Access).AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            throw new NotFoundException("Account", accountId);
        }
    }

    private async Task EnsureContactOfAccountAsync(
        CustomerSession session, Guid accountId, Guid? contactId, CancellationToken cancellationToken)
    {
        if (contactId is { } id && !await visibility.Contacts(session.Db, session.Access)
                .AnyAsync(c => c.Id == id && c.AccountId == accountId, cancellationToken))
        {
            throw new DomainException("Contact.not-found", "The contact is not one of this account's.", "Contact");
        }
    }

    private static void EnsureCanLog(CustomerAccess access)
    {
        if (!access.CanLogActivities)
        {
            throw new ForbiddenException("You can read this timeline but not log activities.");
        }
    }

    private Task<CustomerSession> OpenAsync(CancellationToken cancellationToken) =>
        CustomerSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
}
