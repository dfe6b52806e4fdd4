using System.Security.Claims;
using Crm.Infrastructure.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace Crm.Web.Security;

/// <summary>
/// The signed-in user of this circuit or request, read from the authentication state.
/// Also the audit actor: once resolved, saves stamp this user's id.
/// </summary>
internal sealed class CurrentUser(AuthenticationStateProvider authentication, IHttpContextAccessor http)
    : ICurrentUser, IActor
{
    private Actor? _actor;

    public Guid? UserId => _actor?.UserId ?? FromPrincipal(http.HttpContext?.User)?.UserId;

    public async Task<Actor> GetAsync(CancellationToken cancellationToken = default)
    {
        var principal = http.HttpContext?.User is { Identity.IsAuthenticated: true } requestUser
            ? requestUser
            : (await authentication.GetAuthenticationStateAsync()).User;
        _actor = FromPrincipal(principal) ?? throw new NotSignedInException();

        return _actor;
    }

    /// <summary>The actor a signed-in principal stands for; null when not signed in.</summary>
    internal static Actor? FromPrincipal(ClaimsPrincipal? principal)
    {
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal is not { Identity.IsAuthenticated: true } || !Guid.TryParse(id, out var userId))
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        return new Actor(userId, roles);
    }
}
