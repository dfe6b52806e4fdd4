using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Seeding;
using Crm.Infrastructure.Seeding.Demo;
using Crm.Infrastructure.Seeding.Scale;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>
/// The demo seed and the generator on PostgreSQL, which enforces what SQLite lets pass
/// (column lengths, foreign keys checked at once, date and time types).
/// </summary>
public sealed class PostgresSeedTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_EmptyPostgreSqlDatabase_SeedsEveryOpportunityWithAHistoryEndingInItsStage()
    {
        await using var host = CrmTestHost.Create(
            DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync(Cancel),
            services => services.Configure<SeedOptions>(o => o.Demo = true));
        var expected = DemoDataSet.Build(host.Now).Opportunities.Count;

        await host.MigrateAsync();

        await using var db = await host.OpenAsync();
        var opportunities = await db.Opportunities.CountAsync(Cancel);
        var consistent = await db.Opportunities.CountAsync(
            o => db.StageChanges.Any(c => c.OpportunityId == o.Id && c.Sequence == o.StageChangeCount
                && c.ToStageId == o.StageId && c.MovedAt == o.StageEnteredAt), Cancel);
        Assert.Equal((expected, expected), (opportunities, consistent));
    }

    [Fact]
    public async Task GenerateAsync_PostgreSqlRunAgainWithMore_ContinuesWithoutDuplicates()
    {
        var connectionString = await postgres.CreateDatabaseAsync(Cancel);
        await using var host = CrmTestHost.Create(DatabaseProvider.PostgreSql, connectionString);
        await host.MigrateAsync();
        var generator = host.Get<ScaleDataGenerator>();
        await generator.GenerateAsync(new GenerationRequest(40, 0, BatchSize: 30, Opportunities: 70), null, Cancel);

        await generator.GenerateAsync(new GenerationRequest(40, 0, BatchSize: 30, Opportunities: 150), null, Cancel);

        await using var db = await host.OpenAsync();
        var opportunities = await db.Opportunities.CountAsync(Cancel);
        var history = await db.StageChanges.CountAsync(Cancel);
        Assert.Equal(150, opportunities);
        Assert.Equal(await db.Opportunities.SumAsync(o => o.StageChangeCount, Cancel), history);
    }
}
