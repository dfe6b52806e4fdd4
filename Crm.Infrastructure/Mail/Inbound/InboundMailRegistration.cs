using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Mail.Inbound;

internal static class InboundMailRegistration
{
    /// <summary>
    /// The inbound mail poller and its sources, and the thread index outgoing mail writes to.
    /// The poller waits for an <see cref="IInboundMailHandler"/> registration (the ticket side's).
    /// </summary>
    public static IServiceCollection AddCrmInboundMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InboundMailOptions>()
            .Bind(configuration.GetSection(InboundMailOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<InboundMailOptions>, InboundMailOptionsValidator>();
        services.AddSingleton(sp => new InboundMailReader(
            Path.Combine(Path.GetTempPath(), "crm-inbound-mail"),
            sp.GetRequiredService<IOptions<InboundMailOptions>>().Value.MaxMessageBytes));
        services.AddSingleton<PickupFolderSource>();
        services.AddSingleton<ImapMailSource>();
        services.AddSingleton<IInboundMailSource>(sp =>
            sp.GetRequiredService<IOptions<InboundMailOptions>>().Value.UsesImap
                ? sp.GetRequiredService<ImapMailSource>()
                : sp.GetRequiredService<PickupFolderSource>());
        services.AddSingleton<InboundMailProcessor>();
        services.AddScoped<InboundMailReceipts>();
        services.AddScoped<IMailThreadIndex, MailThreadIndex>();
        services.AddHostedService<InboundMailPoller>();

        return services;
    }
}
