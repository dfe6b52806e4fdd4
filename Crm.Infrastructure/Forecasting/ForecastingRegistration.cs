using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Forecasting;

internal static class ForecastingRegistration
{
    /// <summary>
    /// The forecast service, its trend over time and the weekly snapshot schedule. The figures come from
    /// <see cref="Analytics.IOpportunityFacts"/>, which the analytics registration provides: call
    /// this after it, since the host validates every registration at start.
    /// </summary>
    public static IServiceCollection AddCrmForecasting(this IServiceCollection services)
    {
        services.AddScoped<IForecastService, ForecastService>();
        services.AddScoped<IForecastTrendService, ForecastTrendService>();
        services.AddHostedService<ForecastSnapshotSchedule>();

        return services;
    }
}
