using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Products;
using Crm.Infrastructure.Visibility;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Pipeline;

internal static class PipelineRegistration
{
    /// <summary>Pipelines and opportunities with their visibility, the product catalogue and currencies.</summary>
    public static IServiceCollection AddCrmPipeline(this IServiceCollection services)
    {
        services.AddSingleton<IOpportunityVisibility, OpportunityVisibility>();
        services.AddScoped<IPipelineService, PipelineService>();
        services.AddScoped<IOpportunityService, OpportunityService>();
        services.AddScoped<IProductService, ProductService>();
        services.AddScoped<IExchangeRateService, ExchangeRateService>();
        services.AddScoped<ICurrencyConversion, CurrencyConversion>();
        services.AddSingleton<IPresenceRegistry, PresenceRegistry>();

        return services;
    }
}
