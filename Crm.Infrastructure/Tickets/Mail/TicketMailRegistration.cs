using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Mail.Inbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tickets.Mail;

internal static class TicketMailRegistration
{
    /// <summary>
    /// Tickets by mail: customers' tickets and messages, the inbound mail handler (which switches
    /// the inbound poller on) and the queued, retried sending of acknowledgements and replies.
    /// </summary>
    public static IServiceCollection AddCrmTicketMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TicketMailOptions>(configuration.GetSection(TicketMailOptions.Section));
        services.AddSingleton<TicketMailSignal>();
        services.AddSingleton<TicketMailQueue>();
        services.AddScoped<ICustomerTickets, CustomerTickets>();
        services.AddScoped<IInboundMailHandler, TicketMailHandler>();
        services.AddScoped<TicketMailDelivery>();
        services.AddHostedService<TicketMailSender>();
        services.AddAttachmentOwner<TicketAttachmentAccess>();

        return services;
    }
}
