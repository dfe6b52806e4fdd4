using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Sla;

internal static class SlaRegistration
{
    /// <summary>Business calendars, SLA policies and the resolver that pairs them for a ticket.</summary>
    public static IServiceCollection AddCrmSla(this IServiceCollection services)
    {
        services.AddScoped<ISlaCalendarService, SlaCalendarService>();
        services.AddScoped<ISlaPolicyService, SlaPolicyService>();
        services.AddScoped<ISlaPolicyResolver, SlaPolicyResolver>();

        return services;
    }
}
