using Crm.Infrastructure.Identity;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.SignIn;

public sealed partial class ForgotPasswordPage
{
    private string? _emailError;
    private string? _sentTo;

    [SupplyParameterFromForm]
    private NewPasswordForm Input { get; set; } = default!;

    [Inject]
    private IPasswordService Passwords { get; set; } = default!;

    // Null on the first GET; bound from the posted form afterwards.
    protected override void OnInitialized() => Input ??= new NewPasswordForm();

    private async Task OnSubmitAsync()
    {
        var email = Input.Email.Trim();
        if (email.Length == 0)
        {
            _emailError = Text["SignIn.EmailRequired"];
            return;
        }

        // The same answer whether or not the address belongs to someone.
        await Passwords.RequestResetAsync(email);
        _sentTo = email;
    }
}
