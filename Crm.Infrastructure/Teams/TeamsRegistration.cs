using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Teams;

internal static class TeamsRegistration
{
    public static IServiceCollection AddCrmTeams(this IServiceCollection services)
    {
        services.AddScoped<IUserProfileService, UserProfileService>();
        services.AddSingleton<UserDirectory>();
        services.AddHostedService(sp => sp.GetRequiredService<UserDirectory>());

        return services;
    }
}
