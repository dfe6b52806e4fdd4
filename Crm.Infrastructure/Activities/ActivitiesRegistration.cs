using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Activities;

internal static class ActivitiesRegistration
{
    public static IServiceCollection AddCrmActivities(this IServiceCollection services) =>
        services.AddScoped<IActivityService, ActivityService>();
}
