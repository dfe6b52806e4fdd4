using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.FollowUps;

internal static class FollowUpsRegistration
{
    public static IServiceCollection AddCrmFollowUps(this IServiceCollection services) =>
        services.AddScoped<IFollowUpService, FollowUpService>();
}
