using System.Diagnostics;
using Crm.Domain.Pipeline;
using Crm.Infrastructure;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Visibility;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Benchmarks.Board;

/// <summary>
/// How long one committed move takes to reach N open boards: from the moment the save hands
/// its event to the bus until the last board whose user may see the card has been told, with
/// the one card read of the store timed on its own, and what building one user's view costs.
/// </summary>
internal static class BoardBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine(BoardBenchOptions.Usage);
            return 0;
        }

        var options = BoardBenchOptions.Parse(args);
        await using var services = Build(options);
        var data = await PrepareAsync(services, options);
        var store = services.GetRequiredService<BoardSnapshotStore>();
        var results = new List<BoardResult>();
        foreach (var count in options.Subscribers)
        {
            var result = await MeasureAsync(services, store, data, count, options.Events);
            results.Add(result);
            Console.WriteLine(result.Line());
        }

        if (options.MarkdownPath is { } path)
        {
            await File.WriteAllTextAsync(path, BoardResult.Markdown(options, results));
            Console.WriteLine($"Markdown written to {path}");
        }

        return 0;
    }

    private static ServiceProvider Build(BoardBenchOptions options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath))!);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(options.DatabasePath + suffix);
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Crm"] = $"Data Source={options.DatabasePath}",
                ["Seed:Demo"] = "false",
            })
            .Build();
        var services = new ServiceCollection();
        var user = new SwitchableUser();
        services.AddSingleton<ICurrentUser>(user);
        services.AddSingleton<IActor>(user);
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddCrmInfrastructure(configuration);
        services.AddSingleton(sp => new TimedBus(new LiveBus(sp.GetRequiredService<ILogger<LiveBus>>())));
        services.AddSingleton<ILiveBus>(sp => sp.GetRequiredService<TimedBus>());

        return services.BuildServiceProvider();
    }

    private static async Task<BoardBenchData> PrepareAsync(ServiceProvider services, BoardBenchOptions options)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        await using var db = await Contexts(scope).CreateDbContextAsync();
        var started = Stopwatch.GetTimestamp();
        var data = await BoardBenchData.WriteAsync(db, options);
        Console.WriteLine($"{options.Cards} opportunities of {options.Teams * options.RepsPerTeam} reps written in "
            + $"{Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");

        return data;
    }

    private static async Task<BoardResult> MeasureAsync(
        ServiceProvider services, BoardSnapshotStore store, BoardBenchData data, int subscribers, int events)
    {
        var probe = new FanOutProbe();
        var feeds = new List<(BoardFeed Feed, OpportunityAccess Access)>();
        var random = new Random(subscribers);
        var loadStarted = Stopwatch.GetTimestamp();
        for (var i = 0; i < subscribers; i++)
        {
            // Each open board is a rep's: they see their own team's cards.
            var access = new OpportunityAccess(
                new VisibilityScope(false, [.. data.TeamOwners[random.Next(data.TeamOwners.Count)]]), true);
            var feed = await store.OpenAsync(
                data.PipelineId, access, _ => Task.FromResult(access), probe.OnNotified, CancellationToken.None);
            feeds.Add((feed, access));
        }

        var openMs = Stopwatch.GetElapsedTime(loadStarted).TotalMilliseconds;
        var timings = new BoardTimings();
        var bus = services.GetRequiredService<TimedBus>();
        for (var e = 0; e < events; e++)
        {
            await MoveOneAsync(services, store, data, feeds, probe, bus, timings, random);
        }

        foreach (var (feed, _) in feeds)
        {
            feed.Dispose();
        }

        return new BoardResult(subscribers, openMs, timings, await TimeReadAsync(services, store, data));
    }

    private static async Task MoveOneAsync(
        ServiceProvider services, BoardSnapshotStore store, BoardBenchData data,
        List<(BoardFeed Feed, OpportunityAccess Access)> feeds, FanOutProbe probe, TimedBus bus,
        BoardTimings timings, Random random)
    {
        // A card some open board shows, so every move is seen by at least one board.
        var watcher = feeds[random.Next(feeds.Count)].Access;
        var candidates = store.Current(data.PipelineId)!.Cards.Values.Where(c => watcher.CanSee(c.OwnerId)).ToList();
        var card = candidates[random.Next(candidates.Count)];
        var id = card.Id;
        var target = data.OpenStages.Where(s => s != card.StageId).ElementAt(random.Next(data.OpenStages.Count - 1));
        var concerned = feeds.Where(f => f.Access.CanSee(card.OwnerId)).ToList();
        var done = probe.Expect(concerned.Count);

        await using (var scope = services.CreateAsyncScope())
        await using (var db = await Contexts(scope).CreateDbContextAsync())
        {
            var opportunity = await db.Opportunities.SingleAsync(o => o.Id == id);
            var pipeline = await db.Pipelines.SingleAsync(p => p.Id == data.PipelineId);
            opportunity.MoveTo(pipeline.FindStage(target)!, card.OwnerId, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var (first, last) = await done.WaitAsync(TimeSpan.FromSeconds(30));
        var viewStarted = Stopwatch.GetTimestamp();
        foreach (var (feed, _) in concerned)
        {
            feed.Read(new BoardCriteria());
        }

        timings.Add(
            Stopwatch.GetElapsedTime(bus.PublishedAt, last).TotalMilliseconds,
            Stopwatch.GetElapsedTime(first, last).TotalMilliseconds,
            concerned.Count,
            concerned.Count == 0 ? 0 : Stopwatch.GetElapsedTime(viewStarted).TotalMicroseconds / concerned.Count);
    }

    // The card read the store makes per event, on its own.
    private static async Task<double> TimeReadAsync(
        ServiceProvider services, BoardSnapshotStore store, BoardBenchData data)
    {
        var reader = services.GetRequiredService<IBoardReader>();
        var converter = store.Current(data.PipelineId)!.Converter;
        var timings = new List<double>();
        foreach (var id in data.Opportunities.Take(50))
        {
            var started = Stopwatch.GetTimestamp();
            await reader.CardAsync(id, converter, CancellationToken.None);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new Stats(timings, 0, 0).Median;
    }

    private static IDbContextFactory<CrmDbContext> Contexts(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>();
}
