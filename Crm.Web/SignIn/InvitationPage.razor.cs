using Crm.Infrastructure.Identity;
using Crm.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Crm.Web.SignIn;

public sealed partial class InvitationPage
{
    private InvitationDetails? _invitation;
    private string? _passwordError;
    private string? _confirmError;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private NewPasswordForm Input { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "userId")]
    private string? UserId { get; set; }

    [SupplyParameterFromQuery(Name = "token")]
    private string? Token { get; set; }

    [Inject]
    private IPasswordService Passwords { get; set; } = default!;

    [Inject]
    private SignInManager<CrmIdentityUser> SignIn { get; set; } = default!;

    [Inject]
    private IOptions<IdentityOptions> Identity { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // The first GET carries the link's values in the query; the post carries them in hidden fields.
        Input ??= new NewPasswordForm { UserId = UserId ?? "", Token = Token ?? "" };
        _invitation = Guid.TryParse(Input.UserId, out var userId)
            ? await Passwords.FindInvitationAsync(userId, Input.Token)
            : null;
    }

    private async Task OnSubmitAsync()
    {
        if (_invitation is null || !NewPasswordCheck.IsComplete(Input, Text, out _passwordError, out _confirmError))
        {
            return;
        }

        var result = await Passwords.AcceptInvitationAsync(_invitation.UserId, Input.Token, Input.Password);
        if (!result.Succeeded)
        {
            _invitation = result.ErrorCodes.Contains(PasswordChangeResult.InvalidToken) ? null : _invitation;
            _passwordError = NewPasswordCheck.Explain(result, Identity.Value.Password, Text);
            return;
        }

        var user = await SignIn.UserManager.FindByIdAsync(_invitation.UserId.ToString());
        await SignIn.SignInAsync(user!, isPersistent: false);
        CultureEndpoints.WriteCultureCookie(HttpContext.Response, _invitation.Language);
        Navigation.NavigateTo("/", forceLoad: true);
    }
}
