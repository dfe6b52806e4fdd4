using Crm.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Crm.Web.SignIn;

/// <summary>What the invitation and reset pages check before and after asking Identity.</summary>
internal static class NewPasswordCheck
{
    public static bool IsComplete(
        NewPasswordForm form, IStringLocalizer<SignInText> text, out string? passwordError, out string? confirmError)
    {
        passwordError = string.IsNullOrEmpty(form.Password) ? text["Password.Required"].Value : null;
        confirmError = passwordError is null && form.Password != form.ConfirmPassword
            ? text["Password.Mismatch"].Value
            : null;

        return passwordError is null && confirmError is null;
    }

    /// <summary>The refusals about the password itself, one line each; null when only the token failed.</summary>
    public static string? Explain(PasswordChangeResult result, PasswordOptions rules, IStringLocalizer<SignInText> text)
    {
        var messages = result.ErrorCodes
            .Where(c => c != PasswordChangeResult.InvalidToken)
            .Select(c => PasswordRules.Explain(c, rules, text))
            .Distinct()
            .ToList();

        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}
