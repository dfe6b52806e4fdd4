using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Infrastructure.Tests.Tickets.Sla;

/// <summary>
/// A database of its own (the policy grid is shared state) with the ticket world, a UTC 7×24
/// calendar as the default and a High policy on it: first response in 60 minutes, resolution
/// in 240, at risk in the last 20% (minute 48 and minute 192).
/// </summary>
internal sealed class TicketSlaWorld : IAsyncDisposable
{
    public const int FirstResponseMinutes = 60;
    public const int ResolutionMinutes = 240;

    private readonly SqliteDatabase? _sqlite;

    private TicketSlaWorld(CrmTestHost host, SqliteDatabase? sqlite, TicketWorld tickets)
    {
        Host = host;
        _sqlite = sqlite;
        Tickets = tickets;
    }

    public CrmTestHost Host { get; }

    public TicketWorld Tickets { get; }

    public PolicyView Policy { get; private set; } = default!;

    public CalendarView Calendar { get; private set; } = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TicketSlaWorld> StartAsync(
        DatabaseProvider provider, PostgresServer postgres, Action<IServiceCollection>? configure = null)
    {
        var sqlite = provider == DatabaseProvider.Sqlite ? new SqliteDatabase() : null;
        var connection = sqlite?.ConnectionString ?? await postgres.CreateDatabaseAsync();
        var host = CrmTestHost.Create(provider, connection, configure);
        await host.MigrateAsync();
        var world = new TicketSlaWorld(host, sqlite, await TicketWorld.CreateAsync(host));
        world.Tickets.SignInAsAdmin();
        world.Calendar = await host.Get<ISlaCalendarService>().CreateAsync(AllDay(), Ct);
        world.Policy = await host.Get<ISlaPolicyService>().CreateAsync(
            SlaPriority.High, null, new PolicyInput(FirstResponseMinutes, ResolutionMinutes, null), Ct);

        return world;
    }

    /// <summary>Starts the deadline watcher the host registers; disposing the result stops it.</summary>
    public async Task<IAsyncDisposable> StartWatcherAsync()
    {
        var watcher = Host.Get<IEnumerable<IHostedService>>().OfType<TicketSlaWatcher>().Single();
        await watcher.StartAsync(Ct);

        return new RunningWatcher(watcher);
    }

    /// <summary>Reads the ticket row afresh.</summary>
    public Task<Ticket> ReloadAsync(Guid ticketId) => Host.ReloadAsync<Ticket>(ticketId);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _sqlite?.Dispose();
    }

    private static CalendarInput AllDay() =>
        new($"全天 {Guid.NewGuid():N}", "Etc/UTC",
            [.. Enum.GetValues<DayOfWeek>().Select(d => new ShiftInput(d, TimeSpan.Zero, TimeSpan.FromHours(24)))],
            []);

    private sealed class RunningWatcher(TicketSlaWatcher watcher) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await watcher.StopAsync(CancellationToken.None);
    }
}
