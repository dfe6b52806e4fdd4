using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Sla;

/// <summary>A freshly migrated database of its own with a default office calendar.</summary>
internal sealed class SlaWorld : IAsyncDisposable
{
    private readonly SqliteDatabase? _sqlite;

    private SlaWorld(CrmTestHost host, SqliteDatabase? sqlite, CalendarView defaultCalendar)
    {
        Host = host;
        _sqlite = sqlite;
        DefaultCalendar = defaultCalendar;
    }

    public CrmTestHost Host { get; }

    public CalendarView DefaultCalendar { get; }

    public ISlaCalendarService Calendars => Host.Get<ISlaCalendarService>();

    public ISlaPolicyService Policies => Host.Get<ISlaPolicyService>();

    public ISlaPolicyResolver Resolver => Host.Get<ISlaPolicyResolver>();

    public static async Task<SlaWorld> StartAsync(
        DatabaseProvider provider, PostgresServer postgres, params SpecialDayInput[] holidays)
    {
        var sqlite = provider == DatabaseProvider.Sqlite ? new SqliteDatabase() : null;
        var connection = sqlite?.ConnectionString ?? await postgres.CreateDatabaseAsync();
        var host = CrmTestHost.Create(provider, connection);
        await host.MigrateAsync();
        var calendar = await host.Get<ISlaCalendarService>()
            .CreateAsync(SlaInputs.Office(holidays), TestContext.Current.CancellationToken);

        return new SlaWorld(host, sqlite, calendar);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _sqlite?.Dispose();
    }
}
