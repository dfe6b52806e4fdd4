using Crm.Infrastructure.Displays.Boards;
using Crm.Infrastructure.Displays.Boards.Sales;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Displays;

internal static class DisplaysRegistration
{
    /// <summary>
    /// Wall displays: setting them up (<see cref="IDisplayService"/>), opening them by token and the
    /// shared boards their screens show.
    /// </summary>
    public static IServiceCollection AddCrmDisplays(this IServiceCollection services) => services
        .AddScoped<IDisplayService, DisplayService>()
        .AddSingleton<IDisplayDirectory, DisplayDirectory>()
        .AddCrmSalesBoards()
        .AddCrmServiceBoards();
}
