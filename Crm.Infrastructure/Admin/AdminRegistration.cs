using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Admin;

internal static class AdminRegistration
{
    public static IServiceCollection AddCrmAdmin(this IServiceCollection services)
    {
        services.AddScoped<IUserAdminService, UserAdminService>();

        return services;
    }
}
