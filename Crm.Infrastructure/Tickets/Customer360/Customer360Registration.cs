using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tickets.Customer360;

internal static class Customer360Registration
{
    /// <summary>
    /// The customer 360 view shared by sales and service: the ticket's customer card, the account
    /// ticket warning and the timeline of activities and tickets.
    /// </summary>
    public static IServiceCollection AddCrmCustomer360(this IServiceCollection services)
    {
        services.AddScoped<ITicketCustomerView, TicketCustomerView>();
        services.AddScoped<ITicketTimeline, TicketTimeline>();
        services.AddScoped<ICustomerTimeline, CustomerTimeline>();

        return services;
    }
}
