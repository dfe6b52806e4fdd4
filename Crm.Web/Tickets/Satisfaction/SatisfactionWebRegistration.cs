using Crm.Web.Common.PublicPosts;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Crm.Web.Tickets.Satisfaction;

internal static class SatisfactionWebRegistration
{
    /// <summary>The rate-limit policy name of the public survey page.</summary>
    public const string Policy = "satisfaction-survey";

    public static IServiceCollection AddCrmSatisfactionPages(this IServiceCollection services)
    {
        services.AddOptions<SurveyPageOptions>().BindConfiguration(SurveyPageOptions.Section);
        services.AddPublicPostPolicies<SurveyPageOptions, SurveyPageRateLimit>(Policy);

        return services;
    }
}

/// <summary>
/// Bound from <c>Tickets:Satisfaction:Page</c>: how often one client address may open or post the
/// survey page (a look and an answer are two requests).
/// </summary>
public sealed class SurveyPageOptions : IPublicPostOptions
{
    public const string Section = "Tickets:Satisfaction:Page";

    public int PermitLimit { get; set; } = 20;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>The page is not posted by script from other sites.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

/// <summary>The survey page's rate limit, refusing in the survey texts.</summary>
internal sealed class SurveyPageRateLimit(
    IOptions<SurveyPageOptions> options, IStringLocalizer<SatisfactionText> text, ILogger<SurveyPageRateLimit> logger)
    : PublicPostRateLimit<SurveyPageOptions>(options)
{
    protected override string Refused(HttpContext http, SurveyPageOptions settings)
    {
        SatisfactionPageLog.RateLimited(logger, settings.PermitLimit, settings.WindowSeconds);

        return text["Survey.TooMany"];
    }
}

// Event ids 3790-3799 (the satisfaction range's web part).
internal static partial class SatisfactionPageLog
{
    [LoggerMessage(EventId = 3790, Level = LogLevel.Warning,
        Message = "Satisfaction survey page rate limit reached ({PermitLimit} per {WindowSeconds} s)")]
    public static partial void RateLimited(ILogger logger, int permitLimit, int windowSeconds);
}
