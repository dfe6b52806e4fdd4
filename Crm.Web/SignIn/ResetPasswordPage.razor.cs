using Crm.Infrastructure.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Crm.Web.SignIn;

public sealed partial class ResetPasswordPage
{
    private string? _emailError;
    private string? _passwordError;
    private string? _confirmError;
    private bool _invalidToken;
    private bool _done;

    [SupplyParameterFromForm]
    private NewPasswordForm Input { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "email")]
    private string? Email { get; set; }

    [SupplyParameterFromQuery(Name = "token")]
    private string? Token { get; set; }

    [Inject]
    private IPasswordService Passwords { get; set; } = default!;

    [Inject]
    private IOptions<IdentityOptions> Identity { get; set; } = default!;

    protected override void OnInitialized()
    {
        Input ??= new NewPasswordForm { Email = Email ?? "", Token = Token ?? "" };
        _invalidToken = string.IsNullOrEmpty(Input.Token);
    }

    private async Task OnSubmitAsync()
    {
        _emailError = string.IsNullOrWhiteSpace(Input.Email) ? Text["SignIn.EmailRequired"].Value : null;
        if (!NewPasswordCheck.IsComplete(Input, Text, out _passwordError, out _confirmError) || _emailError is not null)
        {
            return;
        }

        var result = await Passwords.ResetAsync(Input.Email, Input.Token, Input.Password);
        _done = result.Succeeded;
        _invalidToken = result.ErrorCodes.Contains(PasswordChangeResult.InvalidToken);
        _passwordError = NewPasswordCheck.Explain(result, Identity.Value.Password, Text);
    }
}
