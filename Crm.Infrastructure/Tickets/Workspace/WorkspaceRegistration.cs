using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tickets.Workspace;

internal static class WorkspaceRegistration
{
    /// <summary>
    /// The shared team snapshots (one store per process) and users' feeds on them. An at-risk
    /// rule (<see cref="ITicketRiskRule"/>) registered by the SLA feature adds that lane.
    /// </summary>
    public static IServiceCollection AddCrmAgentWorkspace(this IServiceCollection services)
    {
        services.AddSingleton<ITeamTicketReader, TeamTicketReader>();
        services.AddSingleton<TeamTicketStore>();
        services.AddScoped<IAgentWorkspace, AgentWorkspace>();
        services.AddScoped<IAgentStatusService, AgentStatusService>();

        return services;
    }
}
