using Crm.Domain.Common;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Crm.Web.Localization;

/// <summary>
/// Follows the browser's preferred languages; any Chinese variant (zh, zh-Hans, zh-TW)
/// picks Simplified Chinese, any English variant picks English.
/// </summary>
internal sealed class BrowserLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var header = httpContext.Request.Headers.AcceptLanguage.ToString();
        if (!StringWithQualityHeaderValue.TryParseList(header.Split(','), out var languages))
        {
            return NullProviderCultureResult;
        }

        var language = languages
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Match(l.Value.Value))
            .FirstOrDefault(l => l is not null);

        return Task.FromResult(language is null ? null : new ProviderCultureResult(language));
    }

    private static string? Match(string? tag) => tag?.ToLowerInvariant() switch
    {
        null => null,
        var t when t.StartsWith("zh", StringComparison.Ordinal) => Languages.Chinese,
        var t when t.StartsWith("en", StringComparison.Ordinal) => Languages.English,
        _ => null,
    };
}
