using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Infrastructure.Leads;

internal static class LeadsRegistration
{
    /// <summary>
    /// Leads, their duplicate checks and intake. The router is only added when none is registered
    /// yet, so the assignment engine can register its own before this runs.
    /// </summary>
    public static IServiceCollection AddCrmLeads(this IServiceCollection services)
    {
        services.AddSingleton<ILeadVisibility, LeadVisibility>();
        services.TryAddScoped<ILeadRouter, CreatorLeadRouter>();
        services.AddScoped<LeadIntake>();
        services.AddScoped<ILeadService, LeadService>();
        services.AddScoped<IWebLeadIntake, WebLeadIntake>();
        services.AddScoped<IDuplicateFinder, DuplicateFinder>();
        services.AddScoped<IStartupDataStep, MatchKeyBackfill>();

        return services;
    }
}
