using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Pipeline.Board;

/// <summary>
/// A <see cref="PipelineWorld"/> on a host whose board store reads through a counting reader,
/// with feeds opened as the world's people.
/// </summary>
internal sealed class BoardWorld : IAsyncDisposable
{
    private readonly List<FeedProbe> _feeds = [];

    private BoardWorld(CrmTestHost host, PipelineWorld world)
    {
        Host = host;
        World = world;
    }

    public CrmTestHost Host { get; }

    public PipelineWorld World { get; }

    public CountingBoardReader Reader => Host.Get<CountingBoardReader>();

    public static async Task<BoardWorld> CreateAsync(MigratedDatabases databases, DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider, services =>
        {
            services.AddSingleton<BoardReader>();
            services.AddSingleton<CountingBoardReader>();
            services.AddSingleton<IBoardReader>(sp => sp.GetRequiredService<CountingBoardReader>());
        });

        return new BoardWorld(host, await PipelineWorld.CreateAsync(host));
    }

    /// <summary>Opens the world's board as whoever is signed in now.</summary>
    public async Task<FeedProbe> OpenAsync()
    {
        var feed = await FeedProbe.OpenAsync(Host.Get<IPipelineBoards>(), World.Pipeline.Id);
        _feeds.Add(feed);

        return feed;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var feed in _feeds)
        {
            feed.Dispose();
        }

        await Host.DisposeAsync();
    }
}

internal static class BoardViewExtensions
{
    public static BoardColumnView ColumnOf(this BoardView view, Guid stageId) =>
        view.Columns.Single(c => c.Column.StageId == stageId);

    public static Guid? StageOf(this BoardView view, Guid opportunityId) => view.Find(opportunityId)?.StageId;
}
