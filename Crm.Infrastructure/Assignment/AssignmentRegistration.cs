using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Assignment;

internal static class AssignmentRegistration
{
    /// <summary>
    /// The engine and the rule administration. Features that assign records add their
    /// <see cref="IAssignmentWorkload"/> next to their own services.
    /// </summary>
    public static IServiceCollection AddCrmAssignment(this IServiceCollection services)
    {
        services.AddSingleton<MissingWorkloads>();
        services.AddScoped<AssignmentInputLoader>();
        services.AddScoped<IAssignmentEngine, AssignmentEngineService>();
        services.AddScoped<IAssignmentRuleService, AssignmentRuleService>();

        return services;
    }
}
