using Crm.Domain.Pipeline;
using Crm.Infrastructure.Persistence.Providers;
using Crm.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>
/// The demo seed runs as one unit of the provider's execution strategy (SQL Server retries
/// transient failures): a failure part-way rolls everything back and the retry writes it all
/// once. SQLite does not retry, so the test gives it a strategy that does.
/// </summary>
public sealed class DemoSeedRetryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_TransientFailureWhileSavingOpportunities_RetriesAndWritesEverythingOnce()
    {
        var failure = new FailOnceOnOpportunities();
        var expected = DemoDataSet.Build(SeedingDatabase.Now.UtcDateTime);

        await using var database = await SeedingDatabase.OpenAsync(demo: true, configure: services =>
            services.ConfigureDbContext<SqliteCrmDbContext>(
                o => o.AddInterceptors(failure).ReplaceService<IExecutionStrategyFactory, RetryingStrategyFactory>(),
                ServiceLifetime.Scoped));

        var counts = await database.QueryAsync(async db => (
            await db.Users.CountAsync(Cancel), await db.Accounts.CountAsync(Cancel),
            await db.Opportunities.CountAsync(Cancel)));
        Assert.True(failure.Failed);
        Assert.Equal((expected.Users.Count, expected.Accounts.Count, expected.Opportunities.Count), counts);
    }

    private sealed class TransientSeedFailure() : Exception("The database went away for a moment.");

    /// <summary>Fails the first save that writes opportunities, after much else has been saved.</summary>
    private sealed class FailOnceOnOpportunities : SaveChangesInterceptor
    {
        public bool Failed { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Failed && eventData.Context!.ChangeTracker.Entries<Opportunity>().Any())
            {
                Failed = true;
                throw new TransientSeedFailure();
            }

            return ValueTask.FromResult(result);
        }
    }

    private sealed class RetryingStrategyFactory(ExecutionStrategyDependencies dependencies) : IExecutionStrategyFactory
    {
        public IExecutionStrategy Create() => new RetryingStrategy(dependencies);
    }

    private sealed class RetryingStrategy(ExecutionStrategyDependencies dependencies)
        : ExecutionStrategy(dependencies, maxRetryCount: 2, maxRetryDelay: TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is TransientSeedFailure;
    }
}
