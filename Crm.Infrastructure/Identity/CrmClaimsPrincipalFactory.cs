using System.Security.Claims;
using Crm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Identity;

/// <summary>Adds the person's display name to the sign-in, so the shell greets 张伟, not an email.</summary>
internal sealed class CrmClaimsPrincipalFactory(
    UserManager<CrmIdentityUser> users, RoleManager<CrmRole> roles, IOptions<IdentityOptions> options,
    IDbContextFactory<CrmDbContext> contexts)
    : UserClaimsPrincipalFactory<CrmIdentityUser, CrmRole>(users, roles, options)
{
    public const string DisplayNameClaim = "crm:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CrmIdentityUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await using var db = await contexts.CreateDbContextAsync();
        var displayName = await db.CrmUsers.Where(u => u.Id == user.Id).Select(u => u.DisplayName)
            .FirstOrDefaultAsync();
        identity.AddClaim(new Claim(DisplayNameClaim, displayName ?? user.UserName ?? ""));

        return identity;
    }
}
