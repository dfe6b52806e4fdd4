using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Leads;

internal static class LeadsRegistration
{
    /// <summary>
    /// Leads, their duplicate checks, intake routed by the assignment engine, conversion, and the
    /// open-lead count the engine weighs capacity and least-busy turns by.
    /// </summary>
    public static IServiceCollection AddCrmLeads(this IServiceCollection services)
    {
        services.AddSingleton<ILeadVisibility, LeadVisibility>();
        services.AddScoped<IAssignmentWorkload, LeadWorkload>();
        services.AddScoped<LeadRouter>();
        services.AddScoped<LeadIntake>();
        services.AddScoped<ILeadService, LeadService>();
        services.AddScoped<IWebLeadIntake, WebLeadIntake>();
        services.AddScoped<IDuplicateFinder, DuplicateFinder>();
        services.AddScoped<ILeadConversionService, LeadConversionService>();
        services.AddScoped<IStartupDataStep, MatchKeyBackfill>();

        return services;
    }
}
