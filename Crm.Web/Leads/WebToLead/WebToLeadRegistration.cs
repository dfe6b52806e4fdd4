using Crm.Web.Common.PublicPosts;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Crm.Web.Leads.WebToLead;

internal static class WebToLeadRegistration
{
    public const string CorsPolicy = "web-to-lead";
    public const string RateLimitPolicy = "web-to-lead";

    /// <summary>The endpoint's options, its CORS policy (listed origins only) and its per-address rate limit.</summary>
    public static IServiceCollection AddCrmWebToLead(this IServiceCollection services)
    {
        services.AddOptions<WebToLeadOptions>().BindConfiguration(WebToLeadOptions.Section);
        services.AddPublicPostPolicies<WebToLeadOptions, WebToLeadRateLimit>(CorsPolicy);

        return services;
    }
}

/// <summary>The web-to-lead rate limit, refusing in the lead texts.</summary>
internal sealed class WebToLeadRateLimit(
    IOptions<WebToLeadOptions> options, IStringLocalizer<LeadText> text, ILogger<WebToLeadRateLimit> logger)
    : PublicPostRateLimit<WebToLeadOptions>(options)
{
    protected override string Refused(HttpContext http, WebToLeadOptions settings)
    {
        WebToLeadLog.RateLimited(logger, settings.PermitLimit, settings.WindowSeconds);

        return text["WebToLead.TooMany"];
    }
}
