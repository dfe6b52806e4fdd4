using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Targets;

internal static class TargetsRegistration
{
    /// <summary>
    /// The targets service; it reads the live <see cref="Analytics.IOpportunityFacts"/> that analytics
    /// registers.
    /// </summary>
    public static IServiceCollection AddCrmTargets(this IServiceCollection services) =>
        services.AddScoped<ITargetService, TargetService>();
}
