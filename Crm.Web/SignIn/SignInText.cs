namespace Crm.Web.SignIn;

/// <summary>Marker for SignInText.resx: sign-in, invitation and password-reset pages.</summary>
public sealed class SignInText;
