using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Pipeline.Board;

internal static class BoardRegistration
{
    /// <summary>The shared board snapshots (one store per process), users' feeds on them, preferences.</summary>
    public static IServiceCollection AddCrmPipelineBoards(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BoardOptions>(configuration.GetSection(BoardOptions.Section));
        services.AddSingleton<IBoardReader, BoardReader>();
        services.AddSingleton<BoardSnapshotStore>();
        services.AddScoped<IPipelineBoards, PipelineBoards>();
        services.AddScoped<IBoardPreferences, BoardPreferenceService>();

        return services;
    }
}
