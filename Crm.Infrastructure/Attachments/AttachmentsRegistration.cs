using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Attachments;

public static class AttachmentsRegistration
{
    /// <summary>
    /// The store, the service, the staging sweeper and the owner rules of accounts, contacts and
    /// opportunities.
    /// </summary>
    internal static IServiceCollection AddCrmAttachments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttachmentOptions>()
            .Bind(configuration.GetSection(AttachmentOptions.Section))
            .Validate(o => o.MaxFileBytes > 0 && o.MaxFilesPerMessage > 0, "Attachment limits must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Root), "Attachments:Root must name a folder.");
        services.AddSingleton<IAttachmentStore, AttachmentStore>();
        services.AddSingleton<AttachmentKeeper>();
        services.AddScoped<IAttachmentService, AttachmentService>();
        services.AddHostedService<AttachmentStagingSweeper>();
        services.AddAttachmentOwner<AccountAttachmentAccess>();
        services.AddAttachmentOwner<ContactAttachmentAccess>();
        services.AddAttachmentOwner<OpportunityAttachmentAccess>();

        return services;
    }

    /// <summary>
    /// Lets records of another kind (tickets) carry attachments, readable and writable by whoever
    /// <typeparamref name="T"/> allows.
    /// </summary>
    public static IServiceCollection AddAttachmentOwner<T>(this IServiceCollection services)
        where T : class, IAttachmentOwnerAccess =>
        services.AddScoped<IAttachmentOwnerAccess, T>();
}
