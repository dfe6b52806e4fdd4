using System.Data.Common;
using System.Text.RegularExpressions;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Targets;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Targets;

/// <summary>
/// A period's activity counts are read through the (logged by, occurred at) index, never by
/// scanning the activities table (millions of rows at scale).
/// </summary>
public sealed partial class ActivityTallyPlanTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Fact]
    public async Task Query_OnSqlite_SearchesTheLoggedByIndexWithoutScanningATable()
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        await using var db = await host.OpenAsync();
        var from = new DateTime(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc);

        var plan = await PlanAsync(db, ActivityTally.Query(db, from, from.AddDays(30), [Guid.CreateVersion7()]));

        Assert.Matches(LoggedByIndex(), plan);
        Assert.DoesNotMatch(TableScan(), plan);
    }

    private static async Task<string> PlanAsync(CrmDbContext db, IQueryable query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using DbDataReader reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"SEARCH \w+ USING (COVERING )?INDEX IX_Activities_LoggedById_OccurredAt")]
    private static partial Regex LoggedByIndex();

    // "SCAN x" without an index reads a whole table.
    [GeneratedRegex(@"(?m)SCAN \w+$")]
    private static partial Regex TableScan();
}
