using System.Security.Claims;
using Crm.Infrastructure.Identity;

namespace Crm.Web.Security;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The person's name as colleagues know it; the sign-in name when there is none.</summary>
    public static string DisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(CrmClaimsPrincipalFactory.DisplayNameClaim) ?? principal.Identity?.Name ?? "";
}
