using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Displays.Boards.Sales;

internal static class SalesBoardsRegistration
{
    /// <summary>
    /// The shared sales boards of wall displays (one registry per process), built from the live
    /// <see cref="Analytics.IOpportunityFacts"/> that analytics registers.
    /// </summary>
    public static IServiceCollection AddCrmSalesBoards(this IServiceCollection services)
    {
        services.AddSingleton<OpportunityNames>();
        services.AddSingleton<SalesBoardBuilder>();
        services.AddSingleton<SalesBoards>();
        services.AddSingleton<ISalesBoards>(sp => sp.GetRequiredService<SalesBoards>());

        return services;
    }
}
