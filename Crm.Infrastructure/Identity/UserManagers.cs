using Crm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Identity;

/// <summary>
/// Builds a <see cref="UserManager{TUser}"/> over a context the caller opened for one operation,
/// so Identity rows and domain rows are written by the same context, in the same transaction,
/// with the audit actor of the caller's scope. The scoped UserManager of a circuit would keep
/// one context for hours instead.
/// </summary>
internal sealed class UserManagers(IServiceProvider services)
{
    public UserManager<CrmIdentityUser> For(CrmDbContext db) =>
        ActivatorUtilities.CreateInstance<UserManager<CrmIdentityUser>>(
            services, new UserStore<CrmIdentityUser, CrmRole, CrmDbContext, Guid>(db));
}
