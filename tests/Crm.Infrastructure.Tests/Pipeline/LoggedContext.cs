using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Persistence.Providers;
using Crm.Infrastructure.Tests.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>
/// A context on a test database that keeps everything EF logs (the SQL it sends, its warnings),
/// built apart from the host so the model is built afresh and its warnings are seen too.
/// </summary>
internal sealed class LoggedContext : IAsyncDisposable
{
    private readonly ILoggerFactory _loggers;

    private LoggedContext(CrmDbContext db, ILoggerFactory loggers, ListLoggerProvider logs)
    {
        Db = db;
        _loggers = loggers;
        Logs = logs;
    }

    public CrmDbContext Db { get; }

    public ListLoggerProvider Logs { get; }

    /// <summary>The SQL of every command sent so far.</summary>
    public IEnumerable<string> Commands => Logs.Entries
        .Where(e => e.Category == DbLoggerCategory.Database.Command.Name && e.Message.Contains("SELECT"))
        .Select(e => e.Message);

    /// <summary>Warnings and errors EF logged: client evaluation, query filter pitfalls, failed commands.</summary>
    public IEnumerable<LogEntry> Problems => Logs.Entries.Where(e => e.Level >= LogLevel.Warning);

    public static LoggedContext Sqlite(string connectionString)
    {
        var logs = new ListLoggerProvider();
        var loggers = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        var options = new DbContextOptionsBuilder<SqliteCrmDbContext>()
            .Use(DatabaseProvider.Sqlite, connectionString)
            .UseLoggerFactory(loggers)
            .Options;

        return new LoggedContext(new SqliteCrmDbContext((DbContextOptions<SqliteCrmDbContext>)options), loggers, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        _loggers.Dispose();
    }
}
