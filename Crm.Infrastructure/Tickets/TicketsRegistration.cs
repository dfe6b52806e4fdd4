using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Tickets.Canned;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Infrastructure.Tickets.Sla;
using Crm.Infrastructure.Visibility;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tickets;

internal static class TicketsRegistration
{
    /// <summary>
    /// Tickets and their visibility, intake routed by the assignment engine, queues, and the
    /// open-ticket count the engine weighs capacity and least-busy turns by.
    /// </summary>
    public static IServiceCollection AddCrmTickets(this IServiceCollection services)
    {
        services.AddSingleton<ITicketVisibility, TicketVisibility>();
        services.AddScoped<IAssignmentWorkload, TicketWorkload>();
        services.AddScoped<TicketIntake>();
        services.AddScoped<ITicketService, TicketService>();
        services.AddScoped<IQueueService, QueueService>();
        services.AddCrmTicketSla();
        services.AddCrmCustomer360();
        services.AddCrmCannedReplies();

        return services;
    }
}
