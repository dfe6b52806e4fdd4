namespace Crm.Web.SignIn;

/// <summary>
/// The fields of the invitation and reset forms (the pages bind them directly: field names come
/// from the binding expression, so a child component would post them under other names).
/// Hidden fields carry the mailed link's values through the post.
/// </summary>
public sealed class NewPasswordForm
{
    public string Email { get; set; } = "";

    public string UserId { get; set; } = "";

    public string Token { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}
