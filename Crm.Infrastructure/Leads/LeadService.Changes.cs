using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Domain.Teams;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Leads;

// Changes to existing leads, and the choices the screens offer for them.
internal sealed partial class LeadService
{
    public Task UpdateAsync(
        Guid id, int expectedVersion, LeadInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "details", (lead, _) =>
        {
            lead.UpdateDetails(input.Profile, input.Source, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task StartWorkingAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "working", (lead, _) =>
        {
            lead.StartWorking(Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task DisqualifyAsync(
        Guid id, int expectedVersion, DisqualificationReason reason, string? note,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "disqualified", (lead, _) =>
        {
            lead.Disqualify(reason, note, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task ReopenAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "reopened", (lead, _) =>
        {
            lead.Reopen(Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task ReassignAsync(
        Guid id, int expectedVersion, Guid newOwnerId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, "reassigned", async (lead, session) =>
        {
            var assignable = AssignableUsers(session.Db, session.Access);
            if (!await assignable.AnyAsync(u => u.Id == newOwnerId, cancellationToken))
            {
                throw new DomainException("Owner.invalid", "The lead cannot be given to this person.", "Owner");
            }

            var previous = lead.OwnerId;
            if (previous == newOwnerId)
            {
                return;
            }

            lead.Reassign(newOwnerId, session.Actor.UserId, Now);
            notifications.Add(session.Db, NotificationDraft.LeadAssigned(
                newOwnerId, id, lead.DisplayName, session.Actor.UserId));
            LeadsLog.Reassigned(logger, id, previous, newOwnerId, session.Actor.UserId);
        }, cancellationToken);

    public async Task<LeadChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var (db, access) = (session.Db, session.Access);

        var owners = await OptionsAsync(VisibleUsers(db, access.Scope), cancellationToken);
        var queues = await db.Teams.Where(t => t.Kind == TeamKind.Sales)
            .Where(t => access.Scope.SeesAll || access.Scope.QueueTeamIds.Contains(t.Id))
            .Select(t => new QueueOption(t.Id, t.Name))
            .ToListAsync(cancellationToken);
        var assignable = await OptionsAsync(AssignableUsers(db, access), cancellationToken);

        return new LeadChoices(
            access.CanCreate, owners, [.. queues.OrderBy(q => NameSortKey.For(q.Name), StringComparer.Ordinal)],
            assignable, await OrganizationRegions.ListAsync(db, cancellationToken));
    }

    private async Task ChangeAsync(
        Guid id, int expectedVersion, string change, Func<Lead, LeadSession, Task> apply,
        CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        var lead = await visibility.Leads(session.Db, session.Access)
            .SingleOrDefaultAsync(l => l.Id == id, cancellationToken) ?? throw new NotFoundException(RecordType, id);
        if (!session.Access.CanChange(lead.OwnerId, lead.QueueTeamId))
        {
            throw new ForbiddenException("You can read this lead but not change it.");
        }

        session.Db.ExpectVersion(lead, expectedVersion);
        await apply(lead, session);
        await session.Db.SaveCheckedAsync(RecordType, id, cancellationToken);
        LeadsLog.Changed(logger, id, change);
    }

    // People in sales teams whose leads the scope covers, former colleagues included.
    private static IQueryable<User> VisibleUsers(CrmDbContext db, LeadScope scope)
    {
        var salesTeams = db.Teams.Where(t => t.Kind == TeamKind.Sales).Select(t => t.Id);
        var users = db.CrmUsers.Where(u => salesTeams.Contains(u.TeamId));

        return scope.SeesAll ? users : users.Where(u => scope.OwnerIds.Contains(u.Id));
    }

    private static IQueryable<User> AssignableUsers(CrmDbContext db, LeadAccess access) =>
        access.CanEdit ? VisibleUsers(db, access.Scope).Where(u => u.IsActive) : db.CrmUsers.Where(_ => false);

    private static async Task<IReadOnlyList<OwnerOption>> OptionsAsync(
        IQueryable<User> users, CancellationToken cancellationToken)
    {
        var options = await users.Select(u => new OwnerOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);

        return [.. options.OrderBy(o => NameSortKey.For(o.Name), StringComparer.Ordinal)];
    }
}
