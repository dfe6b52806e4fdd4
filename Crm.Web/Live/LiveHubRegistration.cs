using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Crm.Web.Live;

internal static class LiveHubRegistration
{
    public const string Path = "/hubs/live";

    /// <summary>
    /// Who may connect. Signed-in users with the sign-in cookie today; an API token scheme is
    /// added to this policy's schemes, and the hub stays as it is.
    /// </summary>
    public const string ClientsPolicy = "LiveHubClients";

    public static IServiceCollection AddCrmLiveHub(this IServiceCollection services)
    {
        // No backplane here: every server's live bus sees every event and sends to its own
        // connections. See docs/live-events.md before adding one (this hub only, never Blazor's).
        services.AddSignalR().AddHubOptions<LiveHub>(options =>
        {
            // The default, relied on: one client's WatchPipeline calls change its groups in turn.
            options.MaximumParallelInvocationsPerClient = 1;
        });

        services.AddAuthorizationBuilder().AddPolicy(ClientsPolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser());
        services.PostConfigure<CookieAuthenticationOptions>(
            IdentityConstants.ApplicationScheme, AnswerHubRequestsWithStatusCodes);
        services.AddSingleton<LiveConnections>();
        services.AddHostedService<LiveForwarder>();

        return services;
    }

    public static IEndpointRouteBuilder MapCrmLiveHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<LiveHub>(Path, o => o.CloseOnAuthenticationExpiration = true)
            .RequireAuthorization(ClientsPolicy);

        return endpoints;
    }

    // A hub client is no browser that can follow a redirect to the sign-in page: it gets 401/403,
    // as is, without the app's status code page.
    private static void AnswerHubRequestsWithStatusCodes(CookieAuthenticationOptions options)
    {
        var toSignIn = options.Events.OnRedirectToLogin;
        options.Events.OnRedirectToLogin = context =>
            IsHubRequest(context.Request) ? Answer(context.HttpContext, Status401Unauthorized) : toSignIn(context);

        var toDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToAccessDenied = context =>
            IsHubRequest(context.Request) ? Answer(context.HttpContext, Status403Forbidden) : toDenied(context);
    }

    private static bool IsHubRequest(HttpRequest request) => request.Path.StartsWithSegments(Path);

    private static Task Answer(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        return Task.CompletedTask;
    }
}
