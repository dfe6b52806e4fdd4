using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>Two databases seeded on different days, for comparing what the seed wrote.</summary>
public sealed class TwoDaySeedFixture : IAsyncLifetime
{
    internal SeedingDatabase First { get; private set; } = null!;

    internal SeedingDatabase Second { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        First = await SeedingDatabase.OpenAsync(demo: true);
        Second = await SeedingDatabase.OpenAsync(demo: true, now: SeedingDatabase.Now.AddDays(3).AddHours(7));
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}

/// <summary>Ids and names do not depend on the day of seeding; only dates move with it.</summary>
public sealed class DemoSeedDeterminismTests(TwoDaySeedFixture fixture) : IClassFixture<TwoDaySeedFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_TwoFreshDatabasesOnDifferentDays_SeedTheSameAccountIdsAndNames()
    {
        var first = await AccountsOf(fixture.First);
        var second = await AccountsOf(fixture.Second);

        Assert.InRange(first.Count, 320, 360);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RunAsync_TwoFreshDatabasesOnDifferentDays_SeedTheSameOpportunitiesInTheSamePipelines()
    {
        var first = await OpportunitiesOf(fixture.First);
        var second = await OpportunitiesOf(fixture.Second);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RunAsync_TwoFreshDatabasesOnDifferentDays_SeedTheSameStageAndProductIds()
    {
        var first = await CatalogueOf(fixture.First);
        var second = await CatalogueOf(fixture.Second);

        Assert.Equal(first, second);
    }

    private static Task<List<(Guid Id, string Name)>> AccountsOf(SeedingDatabase database) =>
        database.QueryAsync(async db => (await db.Accounts
                .OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Name })
                .ToListAsync(Cancel))
            .Select(a => (a.Id, a.Name))
            .ToList());

    private static Task<List<(Guid Id, string Name, Guid PipelineId)>> OpportunitiesOf(SeedingDatabase database) =>
        database.QueryAsync(async db => (await db.Opportunities
                .OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.Name, o.PipelineId })
                .ToListAsync(Cancel))
            .Select(o => (o.Id, o.Name, o.PipelineId))
            .ToList());

    private static Task<List<Guid>> CatalogueOf(SeedingDatabase database) =>
        database.QueryAsync(async db =>
        {
            var stages = await db.Pipelines.SelectMany(p => p.Stages).Select(s => s.Id).ToListAsync(Cancel);
            var products = await db.Products.Select(p => p.Id).ToListAsync(Cancel);

            return stages.Concat(products).Order().ToList();
        });
}
