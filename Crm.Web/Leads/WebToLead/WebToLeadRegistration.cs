using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
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
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WebToLeadOptions>>((cors, leads) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(leads.Value.AllowedOrigins)
                .WithMethods(HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept", "Accept-Language")));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, PartitionByClientAddress);
            limiter.OnRejected = OnRejectedAsync;
        });

        return services;
    }

    // Behind a reverse proxy every post seems to come from the proxy unless forwarded headers
    // are applied first; docs/web-to-lead.md says so.
    private static RateLimitPartition<string> PartitionByClientAddress(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<WebToLeadOptions>>().Value;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(options.PermitLimit, 1),
            Window = TimeSpan.FromSeconds(Math.Max(options.WindowSeconds, 1)),
            QueueLimit = 0,
        });
    }

    // A body keeps the status-code pages from replacing the answer with the app's HTML page.
    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<WebToLeadOptions>>().Value;
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<LeadText>>();
        WebToLeadLog.RateLimited(
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebToLeadRegistration)),
            options.PermitLimit, options.WindowSeconds);
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await Results.Problem(text["WebToLead.TooMany"], statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(http);
    }
}
