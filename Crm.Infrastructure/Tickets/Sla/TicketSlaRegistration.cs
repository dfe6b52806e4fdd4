using Crm.Infrastructure.Tickets.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tickets.Sla;

internal static class TicketSlaRegistration
{
    /// <summary>SLA clocks on ticket rows, computed with every ticket change and as time passes.</summary>
    public static IServiceCollection AddCrmTicketSla(this IServiceCollection services)
    {
        services.AddScoped<TicketSlaEscalator>();
        services.AddScoped<TicketSlaEvaluator>();
        services.AddScoped<TicketSlaRound>();
        services.AddScoped<ISlaEscalationService, SlaEscalationService>();
        services.AddScoped<ITicketSlaCountdowns, TicketSlaCountdowns>();
        services.AddSingleton<ITicketRiskRule, SlaTicketRiskRule>();
        services.AddHostedService<TicketSlaWatcher>();

        return services;
    }
}
