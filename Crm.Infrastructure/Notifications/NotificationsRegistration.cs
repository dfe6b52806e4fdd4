using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Notifications;

internal static class NotificationsRegistration
{
    public static IServiceCollection AddCrmNotifications(this IServiceCollection services)
    {
        services.AddScoped<INotificationPublisher, NotificationPublisher>();
        services.AddScoped<INotificationService, NotificationService>();

        return services;
    }
}
