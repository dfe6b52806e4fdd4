using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Admin;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Displays.Boards.Sales;
using Crm.Infrastructure.Export;
using Crm.Infrastructure.FollowUps;
using Crm.Infrastructure.Forecasting;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Mail;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Seeding;
using Crm.Infrastructure.Sla;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Teams;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Mail;
using Crm.Infrastructure.Tickets.Satisfaction;
using Crm.Infrastructure.Tickets.Workspace;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers persistence, the live bus and every feature's services.</summary>
    public static IServiceCollection AddCrmInfrastructure(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCrmPersistence(configuration);
        services.AddCrmIdentityStores();
        services.AddSingleton<ILiveBus, LiveBus>();
        services.AddHostedService<OutboxRelay>();
        services.AddCrmTeams();
        services.AddCrmCustomers();
        services.AddCrmContacts();
        services.AddCrmActivities();
        services.AddCrmFollowUps();
        services.AddCrmNotifications();
        services.AddCrmPipeline();
        services.AddCrmLeads();
        services.AddCrmTickets();
        services.AddCrmTicketMail(configuration);
        services.AddCrmTicketSatisfaction(configuration);
        services.AddCrmAgentWorkspace();
        services.AddCrmPipelineBoards(configuration);
        services.AddCrmMail(configuration);
        services.AddCrmAdmin();
        services.AddCrmAssignment();
        services.AddCrmAttachments(configuration);
        services.AddCrmSla();
        services.AddCrmExport();
        services.AddCrmAnalytics();
        services.AddCrmForecasting();
        services.AddCrmTargets();
        services.AddCrmSalesBoards();
        services.AddCrmSeeding(configuration);

        return services;
    }
}
