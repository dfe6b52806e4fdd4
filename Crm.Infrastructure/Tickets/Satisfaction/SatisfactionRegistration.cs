using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tickets.Satisfaction;

internal static class SatisfactionRegistration
{
    /// <summary>
    /// Satisfaction surveys: created when a ticket is resolved, mailed with a one-time link,
    /// answered on the public page; and the satisfaction and complaint figures of the desk.
    /// </summary>
    public static IServiceCollection AddCrmTicketSatisfaction(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SatisfactionOptions>(configuration.GetSection(SatisfactionOptions.Section));
        services.AddScoped<SatisfactionSurveys>();
        services.AddScoped<SatisfactionSurveyMail>();
        services.AddScoped<ISatisfactionSurveyService, SatisfactionSurveyService>();
        services.AddScoped<ISatisfactionReport, SatisfactionReport>();

        return services;
    }
}
