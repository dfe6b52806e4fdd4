using System.Data.Common;
using System.Text.RegularExpressions;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>
/// The duplicate look-ups reach rows through the match-key indexes, never by scanning a table:
/// they run on every keystroke of the lead form against hundreds of thousands of records.
/// </summary>
public sealed partial class DuplicateQueryPlanTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static readonly DuplicateKeys Keys = DuplicateKeys.Of("wang@huachen.cn", "13800138000", "上海华辰科技");

    public static TheoryData<string> Kinds() => ["Accounts", "Contacts", "Leads"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task DuplicateQuery_OnSqlite_SearchesTheKeyIndexes(string kind)
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        await using var db = await host.OpenAsync();

        var plan = await PlanAsync(db, "EXPLAIN QUERY PLAN ", QueryOf(db, kind));

        Assert.Contains("MULTI-INDEX OR", plan);
        Assert.DoesNotMatch(TableScan(), plan);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task DuplicateQuery_OnPostgres_SearchesTheKeyIndexes(string kind)
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.PostgreSql);
        await using var db = await host.OpenAsync();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        // An empty test table is cheapest to scan; forbid that to see the plan a large table gets.
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off", TestContext.Current.CancellationToken);

        var plan = await PlanAsync(db, "EXPLAIN ", QueryOf(db, kind));

        Assert.Contains("Bitmap Index Scan on \"IX_" + kind + "_", plan);
        Assert.DoesNotContain("Seq Scan on \"" + kind + "\"", plan);
    }

    private static IQueryable<DuplicateQueries.MatchRow> QueryOf(CrmDbContext db, string kind) => kind switch
    {
        "Accounts" => DuplicateQueries.Accounts(db, Keys, null).Take(5),
        "Contacts" => DuplicateQueries.Contacts(db, Keys, null).Take(5),
        _ => DuplicateQueries.Leads(db, Keys, Guid.NewGuid(), null).Take(5),
    };

    // Runs the query's own command, parameters included, behind an EXPLAIN prefix.
    private static async Task<string> PlanAsync(CrmDbContext db, string explain, IQueryable query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = explain + command.CommandText;
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using DbDataReader reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }

        return string.Join('\n', lines);
    }

    // "SCAN a" scans a whole table; "SCAN a USING ... INDEX" walks an index, which is fine.
    [GeneratedRegex(@"(?m)^SCAN \w+$")]
    private static partial Regex TableScan();
}
