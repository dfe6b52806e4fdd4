using Crm.Domain.Activities;
using Crm.Domain.Customers;
using Crm.Domain.FollowUps;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Visibility;

internal sealed class CustomerVisibility : ICustomerVisibility
{
    public async Task<CustomerAccess> AccessForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken)
    {
        // Sales roles see what they own and what anyone in the teams they belong to or manage owns.
        var scope = CustomerAccess.SeesAllCustomers(actor)
            ? new VisibilityScope(true, [])
            : (await SalesTeamScope.ForAsync(actor, db, cancellationToken)).Owners;

        return new CustomerAccess(scope, CustomerAccess.EditsProfiles(actor), CustomerAccess.LogsActivities(actor))
        {
            CanEditContacts = CustomerAccess.EditsContacts(actor),
        };
    }

    public IQueryable<Account> Accounts(CrmDbContext db, CustomerAccess access) =>
        access.Scope.SeesAll ? db.Accounts : db.Accounts.Where(a => access.Scope.OwnerIds.Contains(a.OwnerId));

    public IQueryable<Contact> Contacts(CrmDbContext db, CustomerAccess access) =>
        access.Scope.SeesAll
            ? db.Contacts
            : db.Contacts.Where(c => Accounts(db, access).Any(a => a.Id == c.AccountId));

    public IQueryable<Activity> Activities(CrmDbContext db, CustomerAccess access) =>
        access.Scope.SeesAll
            ? db.Activities
            : db.Activities.Where(x => Accounts(db, access).Any(a => a.Id == x.AccountId));

    public IQueryable<FollowUpTask> FollowUpTasks(CrmDbContext db, CustomerAccess access) =>
        access.Scope.SeesAll
            ? db.FollowUpTasks
            : db.FollowUpTasks.Where(t => t.AccountId == null
                ? access.Scope.OwnerIds.Contains(t.AssigneeId)
                : Accounts(db, access).Any(a => a.Id == t.AccountId));
}
