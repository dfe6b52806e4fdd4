using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Infrastructure.Persistence;

internal static class PersistenceRegistration
{
    public static IServiceCollection AddCrmPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        var connectionString = configuration.GetConnectionString("Crm")
            ?? throw new InvalidOperationException("ConnectionStrings:Crm is not set.");

        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IActor, SystemActor>();
        services.AddSingleton<OutboxProducer>();
        services.AddScoped<SaveChangesWriter>();
        services.AddScoped<CommitPublisher>();
        services.AddSingleton<DatabaseInitializer>();

        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddProviderContext<SqliteCrmDbContext>(options.Provider, connectionString),
            DatabaseProvider.SqlServer => services.AddProviderContext<SqlServerCrmDbContext>(options.Provider, connectionString),
            DatabaseProvider.PostgreSql => services.AddProviderContext<PostgreSqlCrmDbContext>(options.Provider, connectionString),
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'."),
        };
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CrmDbContext>>().CreateDbContext());

        return services;
    }

    // The factory is scoped so each context carries the acting user of its scope (circuit,
    // request or job) into audit stamps; every operation still gets a context of its own.
    private static IServiceCollection AddProviderContext<TContext>(
        this IServiceCollection services, DatabaseProvider provider, string connectionString)
        where TContext : CrmDbContext
    {
        services.AddDbContextFactory<TContext>(
            (sp, o) => o.Use(provider, connectionString)
                .AddInterceptors(sp.GetRequiredService<SaveChangesWriter>(), sp.GetRequiredService<CommitPublisher>()),
            ServiceLifetime.Scoped);
        services.AddScoped<IDbContextFactory<CrmDbContext>, CrmDbContextFactory<TContext>>();

        return services;
    }
}
