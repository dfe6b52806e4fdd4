using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Crm.Web.SignIn;

/// <summary>Identity's password rules and refusals, in the reader's language.</summary>
internal static class PasswordRules
{
    /// <summary>One line per rule the configured options enforce.</summary>
    public static IReadOnlyList<string> Describe(PasswordOptions rules, IStringLocalizer<SignInText> text)
    {
        var lines = new List<string> { text["Rule.Length", rules.RequiredLength] };
        AddIf(lines, rules.RequireDigit, text["Rule.Digit"]);
        AddIf(lines, rules.RequireLowercase, text["Rule.Lower"]);
        AddIf(lines, rules.RequireUppercase, text["Rule.Upper"]);
        AddIf(lines, rules.RequireNonAlphanumeric, text["Rule.Symbol"]);
        AddIf(lines, rules.RequiredUniqueChars > 1, text["Rule.Unique", rules.RequiredUniqueChars]);

        return lines;
    }

    /// <summary>The translated message of an Identity error code about a password.</summary>
    public static string Explain(string code, PasswordOptions rules, IStringLocalizer<SignInText> text)
    {
        var value = code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => rules.RequiredLength,
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => rules.RequiredUniqueChars,
            _ => 0,
        };
        var message = text[$"Password.{code}", value];

        return message.ResourceNotFound ? text["Password.Invalid"] : message.Value;
    }

    private static void AddIf(List<string> lines, bool condition, string line)
    {
        if (condition)
        {
            lines.Add(line);
        }
    }
}
