using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Teams;
using Crm.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Crm.Web.SignIn;

public sealed partial class SignInPage
{
    private string? _error;
    private string? _emailError;
    private string? _passwordError;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private SignInForm Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [Inject]
    private SignInManager<CrmIdentityUser> SignIn { get; set; } = default!;

    [Inject]
    private IUserProfileService Profiles { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    // Null on the first GET; bound from the posted form afterwards.
    protected override void OnInitialized() => Input ??= new SignInForm();

    private async Task OnSubmitAsync()
    {
        if (!IsComplete(Input))
        {
            return;
        }

        var user = await SignIn.UserManager.FindByEmailAsync(Input.Email);
        var profile = user is null ? null : await Profiles.FindAsync(user.Id);
        if (user is null || profile is not { IsActive: true })
        {
            // Same answer as a wrong password: the page must not reveal which emails exist.
            _error = Text["SignIn.Failed"].Value;
            return;
        }

        var result = await SignIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            _error = Text["SignIn.Failed"].Value;
            return;
        }

        CultureEndpoints.WriteCultureCookie(HttpContext.Response, profile.Language);
        Navigation.NavigateTo(LocalReturnUrl(), forceLoad: true);
    }

    private bool IsComplete(SignInForm input)
    {
        _emailError = string.IsNullOrWhiteSpace(input.Email) ? Text["SignIn.EmailRequired"].Value : null;
        _passwordError = string.IsNullOrEmpty(input.Password) ? Text["SignIn.PasswordRequired"].Value : null;

        return _emailError is null && _passwordError is null;
    }

    private string LocalReturnUrl() =>
        ReturnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            ? url
            : "/";

    internal sealed class SignInForm
    {
        public string Email { get; set; } = "";

        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
