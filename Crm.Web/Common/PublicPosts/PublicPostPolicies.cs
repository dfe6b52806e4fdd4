using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Crm.Web.Common.PublicPosts;

/// <summary>
/// The CORS policy (listed origins only, POST) and the per-client-address rate limit of one
/// public endpoint, named <paramref name="policy"/>, from its options; and the same limit for a
/// server-rendered page that takes the same posts (<see cref="PublicPageLimiter{TOptions}"/>).
/// </summary>
internal static class PublicPostPolicies
{
    public static IServiceCollection AddPublicPostPolicies<TOptions, TLimit>(
        this IServiceCollection services, string policy)
        where TOptions : class, IPublicPostOptions
        where TLimit : PublicPostRateLimit<TOptions>
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<TOptions>>((cors, posts) =>
            cors.AddPolicy(policy, builder => builder
                .WithOrigins(posts.Value.AllowedOrigins)
                .WithMethods(HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept", "Accept-Language")));
        services.AddSingleton<PublicPageLimiter<TOptions>>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy<string, TLimit>(policy);
        });

        return services;
    }
}

/// <summary>
/// A fixed window per client address. Behind a reverse proxy every post seems to come from the
/// proxy unless forwarded headers are applied first (docs/web-to-lead.md). A refusal answers
/// 429 with a problem body in the poster's language and Retry-After.
/// </summary>
internal abstract class PublicPostRateLimit<TOptions>(IOptions<TOptions> options) : IRateLimiterPolicy<string>
    where TOptions : class, IPublicPostOptions
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => WindowOf(httpContext, options.Value);

    /// <summary>The fixed window of the client's address, as <paramref name="settings"/> size it.</summary>
    internal static RateLimitPartition<string> WindowOf(HttpContext httpContext, IPublicPostOptions settings)
    {
        var address = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(settings.PermitLimit, 1),
            Window = TimeSpan.FromSeconds(Math.Max(settings.WindowSeconds, 1)),
            QueueLimit = 0,
        });
    }

    /// <summary>The 429 message in the poster's language; also the place to log the refusal.</summary>
    protected abstract string Refused(HttpContext http, TOptions settings);

    // A body keeps the status-code pages from replacing the answer with the app's HTML page.
    private async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var message = Refused(http, options.Value);
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await Results.Problem(message, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
