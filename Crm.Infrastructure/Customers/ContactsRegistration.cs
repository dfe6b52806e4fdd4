using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Customers;

internal static class ContactsRegistration
{
    public static IServiceCollection AddCrmContacts(this IServiceCollection services) =>
        services.AddScoped<IContactService, ContactService>();
}
