using System.Data.Common;
using System.Text.RegularExpressions;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Tickets.Customer360;

/// <summary>
/// The ticket entries of an account's timeline are read from that account's tickets and their
/// history rows by index, never by scanning either table (a million tickets at scale).
/// </summary>
public sealed partial class TicketTimelinePlanTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Fact]
    public async Task EntriesQuery_OnSqlite_SearchesByIndexWithoutScanningATable()
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        await using var db = await host.OpenAsync();
        var access = new TicketAccess(new TicketScope(false, [], [], [Guid.CreateVersion7()]), false);
        var account = Guid.CreateVersion7();
        var visible = new TicketVisibility().Tickets(db, access).Where(t => t.AccountId == account);

        var plan = await PlanAsync(db, TicketTimeline.Entries(db, visible, null).Take(21));

        Assert.Matches(HistoryIndex(), plan);
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

    [GeneratedRegex(@"USING INDEX IX_TicketStatusChanges_TicketId_Sequence")]
    private static partial Regex HistoryIndex();

    // "SCAN x" without an index reads a whole table.
    [GeneratedRegex(@"(?m)SCAN \w+$")]
    private static partial Regex TableScan();
}
