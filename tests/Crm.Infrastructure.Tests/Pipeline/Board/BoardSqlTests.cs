using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Pipeline.Board;

/// <summary>
/// The board's card read is one SQL statement on SQLite: owner, team and the last move joined
/// in, the closed-window filter in the WHERE clause, and no EF warning.
/// </summary>
public sealed class BoardSqlTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CardRows_OnSqlite_OneStatementWithTheWindowInSqlAndNoWarnings()
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);
        var world = await PipelineWorld.CreateAsync(host);
        await world.CreateAsync("一期");
        await using var logged = LoggedContext.Sqlite(await databases.ConnectionStringAsync(DatabaseProvider.Sqlite));
        var since = new DateOnly(2026, 2, 1);

        var opportunities = Everyone(logged.Db).Where(o =>
            o.PipelineId == world.Pipeline.Id && (o.Status == OpportunityStatus.Open || o.ClosedOn >= since));
        var rows = await BoardCardRow.Project(logged.Db, opportunities).ToListAsync(Token);

        var sql = Assert.Single(logged.Commands);
        Assert.Equal(("一期", "王芳"), (Assert.Single(rows).Name, rows[0].MovedByName));
        Assert.Matches("""WHERE [^\n]*"o"\."ClosedOn" >= @\w+""", sql);
        Assert.Empty(logged.Problems);
    }

    private static IQueryable<Opportunity> Everyone(CrmDbContext db) =>
        new OpportunityVisibility().Opportunities(db, new OpportunityAccess(new VisibilityScope(true, []), false));
}
