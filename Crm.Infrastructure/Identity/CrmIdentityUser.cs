using Microsoft.AspNetCore.Identity;

namespace Crm.Infrastructure.Identity;

/// <summary>The sign-in record of a CRM user; shares its id with <see cref="Domain.Teams.User"/>.</summary>
public sealed class CrmIdentityUser : IdentityUser<Guid>;

public sealed class CrmRole : IdentityRole<Guid>
{
    public CrmRole()
    {
    }

    public CrmRole(string name)
        : base(name)
    {
        Id = Guid.CreateVersion7();
        NormalizedName = name.ToUpperInvariant();
    }
}
