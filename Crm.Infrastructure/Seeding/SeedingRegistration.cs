using Crm.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Seeding;

internal static class SeedingRegistration
{
    /// <summary>
    /// The demo seed as a start-up step (it checks <c>Seed:Demo</c> when it runs) and the scale
    /// data generator, which only the command line runs.
    /// </summary>
    public static IServiceCollection AddCrmSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddScoped<IStartupDataStep, DemoSeeder>();
        services.AddScoped<ScaleDataGenerator>();

        return services;
    }
}
