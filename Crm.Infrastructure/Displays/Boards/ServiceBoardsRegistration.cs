using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Displays.Boards;

internal static class ServiceBoardsRegistration
{
    /// <summary>
    /// The shared service boards of wall displays (one registry per process), on the agent
    /// workspace's team snapshots and the ticket facts, which must be registered too.
    /// </summary>
    public static IServiceCollection AddCrmServiceBoards(this IServiceCollection services)
    {
        services.AddSingleton<ServiceBoardReader>();
        services.AddSingleton<ServiceBoards>();
        services.AddSingleton<IServiceBoards>(sp => sp.GetRequiredService<ServiceBoards>());

        return services;
    }
}
