namespace Crm.Web.SignIn;

/// <summary>The fields of the invitation and reset forms; hidden fields carry the mailed link's values.</summary>
public sealed class NewPasswordForm
{
    public string Email { get; set; } = "";

    public string UserId { get; set; } = "";

    public string Token { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}
