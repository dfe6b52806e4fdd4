using Crm.Infrastructure.Visibility;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Customers;

internal static class CustomersRegistration
{
    public static IServiceCollection AddCrmCustomers(this IServiceCollection services)
    {
        services.AddSingleton<ICustomerVisibility, CustomerVisibility>();
        services.AddScoped<IAccountService, AccountService>();
        services.AddScoped<IAccountLookups, AccountLookups>();
        services.AddScoped<ICustomerSearch, CustomerSearch>();

        return services;
    }
}
