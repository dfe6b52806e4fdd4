using System.Security.Claims;
using Crm.Domain.Common;
using Crm.Infrastructure.Teams;
using Microsoft.AspNetCore.Localization;

namespace Crm.Web.Localization;

internal static class CultureEndpoints
{
    /// <summary>
    /// <c>GET /culture/{language}?returnUrl=</c>: remembers the language in a cookie (a circuit
    /// keeps its culture, so the page reloads) and on the signed-in user's profile.
    /// </summary>
    public static void MapCultureEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture/{language}", SwitchAsync).AllowAnonymous();

    public static void WriteCultureCookie(HttpResponse response, string language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true });

    private static async Task<IResult> SwitchAsync(
        string language, string? returnUrl, HttpContext context, IUserProfileService profiles)
    {
        if (!Languages.All.Contains(language))
        {
            return Results.BadRequest($"Unsupported language '{language}'. Use zh-CN or en-US.");
        }

        WriteCultureCookie(context.Response, language);
        if (Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            await profiles.ChangeLanguageAsync(userId, language, context.RequestAborted);
        }

        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal);
}
