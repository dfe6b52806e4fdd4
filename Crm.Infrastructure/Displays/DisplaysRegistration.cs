using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Displays;

internal static class DisplaysRegistration
{
    /// <summary>Wall displays: setting them up (<see cref="IDisplayService"/>) and opening them by token.</summary>
    public static IServiceCollection AddCrmDisplays(this IServiceCollection services) => services
        .AddScoped<IDisplayService, DisplayService>()
        .AddSingleton<IDisplayDirectory, DisplayDirectory>();
}
