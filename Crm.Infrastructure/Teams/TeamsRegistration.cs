using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Teams;

internal static class TeamsRegistration
{
    public static IServiceCollection AddCrmTeams(this IServiceCollection services)
    {
        services.AddScoped<IUserProfileService, UserProfileService>();

        return services;
    }
}
