using Crm.Domain.Activities;
using Crm.Domain.Customers;
using Crm.Domain.FollowUps;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Visibility;

/// <summary>
/// The one rule for who sees which customers. Every query, list, search, export and live
/// update of accounts, contacts, activities and follow-ups goes through it.
/// </summary>
public interface ICustomerVisibility
{
    /// <summary>Resolves the actor's scope and rights; one small query for sales roles.</summary>
    Task<CustomerAccess> AccessForAsync(Actor actor, CrmDbContext db, CancellationToken cancellationToken);

    IQueryable<Account> Accounts(CrmDbContext db, CustomerAccess access);

    IQueryable<Contact> Contacts(CrmDbContext db, CustomerAccess access);

    IQueryable<Activity> Activities(CrmDbContext db, CustomerAccess access);

    IQueryable<FollowUpTask> FollowUpTasks(CrmDbContext db, CustomerAccess access);
}
