using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Crm.Web.Common.PublicPosts;

/// <summary>
/// The per-client-address limit of a public form that is a server-rendered page rather than an
/// endpoint. The rate-limiting middleware can only refuse with a bare answer before the page
/// runs, so the page asks here before it stores anything and answers 429 with its own message,
/// keeping what was typed. Same fixed window and options as the endpoint's policy, counted
/// apart from it. A singleton per options type.
/// </summary>
internal sealed class PublicPageLimiter<TOptions>(IOptions<TOptions> options) : IDisposable
    where TOptions : class, IPublicPostOptions
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(
        http => PublicPostRateLimit<TOptions>.WindowOf(http, options.Value));

    /// <summary>
    /// Takes one post from the window of the client's address. False when the window is used up;
    /// the answer then is 429 with Retry-After set on <paramref name="http"/>'s response.
    /// </summary>
    public bool TryTake(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(http);
        if (lease.IsAcquired)
        {
            return true;
        }

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(
                System.Globalization.CultureInfo.InvariantCulture);
        }

        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
