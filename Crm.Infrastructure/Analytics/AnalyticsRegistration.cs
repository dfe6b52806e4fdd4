using Crm.Infrastructure.Analytics.Customers;
using Crm.Infrastructure.Analytics.Sales;
using Crm.Infrastructure.Analytics.Service;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Analytics;

internal static class AnalyticsRegistration
{
    /// <summary>
    /// The live fact tables analytics scan (one store of each per process) and the dashboards'
    /// services that read them.
    /// </summary>
    public static IServiceCollection AddCrmAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<OpportunityFactReader>();
        services.AddSingleton<OpportunityFactStore>();
        services.AddSingleton<IOpportunityFacts>(sp => sp.GetRequiredService<OpportunityFactStore>());
        services.AddSingleton<TicketFactReader>();
        services.AddSingleton<TicketFactStore>();
        services.AddSingleton<ITicketFacts>(sp => sp.GetRequiredService<TicketFactStore>());
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.Section);
        services.AddSingleton<DashboardSettingsReader>();
        services.AddScoped<ISalesAnalytics, SalesAnalyticsService>();
        services.AddScoped<ICustomerAnalytics, CustomerAnalyticsService>();
        services.AddScoped<IServiceAnalytics, ServiceAnalyticsService>();

        return services;
    }
}
