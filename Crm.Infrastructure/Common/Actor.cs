using Crm.Domain.Teams;

namespace Crm.Infrastructure.Common;

/// <summary>The signed-in person a service acts for: their user id and roles.</summary>
public sealed record Actor(Guid UserId, IReadOnlySet<string> Roles)
{
    public bool IsAdmin => Roles.Contains(Domain.Teams.Roles.Admin);

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsInAnyRole(params ReadOnlySpan<string> roles)
    {
        foreach (var role in roles)
        {
            if (Roles.Contains(role))
            {
                return true;
            }
        }

        return false;
    }
}
