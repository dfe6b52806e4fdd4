using System.Data.Common;
using System.Text.RegularExpressions;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Tickets;

/// <summary>
/// The agent's lists run in SQL on SQLite, on the ticket indexes: a team's queue of waiting
/// tickets and one's own open tickets, with their names, most urgent first.
/// </summary>
public sealed partial class TicketQueryPlanTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(TicketListScope.TeamQueue)]
    [InlineData(TicketListScope.Mine)]
    public async Task SearchQuery_OnSqlite_UsesAnIndexNotATableScanOfTickets(TicketListScope scope)
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        await using var db = await host.OpenAsync();

        var plan = await PlanAsync(db, QueryOf(db, scope));

        Assert.Matches(TicketIndex(), plan);
        Assert.DoesNotMatch(TicketScan(), plan);
    }

    private static IQueryable QueryOf(CrmDbContext db, TicketListScope scope)
    {
        var actor = new Actor(Guid.CreateVersion7(), new HashSet<string> { Domain.Teams.Roles.SupportAgent });
        var access = new TicketAccess(new TicketScope(false, [Guid.CreateVersion7()], [actor.UserId], []), true);
        var visible = new TicketVisibility().Tickets(db, access);
        var query = new TicketQuery { Scope = scope, Statuses = [.. TicketStatusRules.OpenStatuses] };
        var filtered = TicketQueries.Filter(visible, query, actor, access);
        var ordered = TicketQueries.Order(filtered, TicketSort.PriorityFirst);

        return TicketQueries.Rows(ordered.Take(25), db);
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

    [GeneratedRegex(@"(?m)^SEARCH t USING INDEX IX_Tickets_")]
    private static partial Regex TicketIndex();

    // "SCAN t" reads the whole tickets table.
    [GeneratedRegex(@"(?m)^SCAN t$")]
    private static partial Regex TicketScan();
}
