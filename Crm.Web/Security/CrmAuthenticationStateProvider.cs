using System.Security.Claims;
using Crm.Domain.Teams;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Live;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace Crm.Web.Security;

/// <summary>
/// Keeps a circuit's sign-in honest: it drops to anonymous the moment the user is
/// deactivated (from the live bus), and re-checks the security stamp every few minutes
/// for other changes such as a reset password.
/// </summary>
internal sealed class CrmAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private readonly IServiceScopeFactory _scopes;
    private readonly IDisposable _subscription;

    public CrmAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, ILiveBus bus)
        : base(loggerFactory)
    {
        _scopes = scopes;
        _subscription = bus.Subscribe(OnEventAsync);
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(5);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CrmIdentityUser>>();

        return await signIn.ValidateSecurityStampAsync(authenticationState.User) is not null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _subscription.Dispose();
        }

        base.Dispose(disposing);
    }

    private async ValueTask OnEventAsync(Domain.Common.IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent is not UserDeactivated deactivated)
        {
            return;
        }

        var state = await GetAuthenticationStateAsync();
        if (state.User.FindFirstValue(ClaimTypes.NameIdentifier) == deactivated.AggregateId.ToString())
        {
            SetAuthenticationState(Task.FromResult(new AuthenticationState(Anonymous)));
        }
    }
}
