using Microsoft.AspNetCore.Authorization;

namespace Crm.Web.Displays.Wall;

internal static class WallRegistration
{
    public static IServiceCollection AddCrmWall(this IServiceCollection services)
    {
        services.AddSingleton<WallHeartbeat>();

        return services;
    }

    /// <summary>
    /// Lets a kiosk without a sign-in open a circuit. Only the circuit hub is opened up: every page
    /// still requires a signed-in user unless it says otherwise, as the wall pages do.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder AllowAnonymousCircuits(
        this RazorComponentsEndpointConventionBuilder builder)
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && route.Contains("_blazor"))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });

        return builder;
    }
}
