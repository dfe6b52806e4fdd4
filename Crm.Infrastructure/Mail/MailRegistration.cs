using Crm.Infrastructure.Mail.Inbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Infrastructure.Mail;

internal static class MailRegistration
{
    public static IServiceCollection AddCrmMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IMailSender, MailSender>();
        // The web host replaces this with links built from the request when no address is configured.
        services.TryAddScoped<IAppLinks, ConfiguredAppLinks>();
        services.AddCrmInboundMail(configuration);

        return services;
    }
}
