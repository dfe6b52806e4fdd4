using Crm.Infrastructure;
using Crm.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Benchmarks;

/// <summary>The infrastructure services as the web app registers them, acting for a switchable user.</summary>
internal static class BenchmarkHost
{
    public static ServiceProvider Build(BenchmarkOptions options, SwitchableUser user)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = options.Provider,
                ["ConnectionStrings:Crm"] = options.ConnectionString,
                ["Seed:Demo"] = "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<ICurrentUser>(user);
        services.AddSingleton<IActor>(user);
        services.AddLogging(logging => logging.AddSimpleConsole()
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter(
                DbLoggerCategory.Database.Command.Name,
                options.ShowSql ? LogLevel.Information : LogLevel.Warning));
        services.AddCrmInfrastructure(configuration);

        return services.BuildServiceProvider();
    }
}
