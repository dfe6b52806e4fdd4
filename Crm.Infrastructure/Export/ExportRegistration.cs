using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Export;

public static class ExportRegistration
{
    public static IServiceCollection AddCrmExport(this IServiceCollection services) =>
        services.AddSingleton<ITableExporter, TableExporter>();
}
