using System.Diagnostics;
using Crm.Domain.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Seeding.Scale;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Seeding;

/// <summary>
/// Fills the database with generated accounts (with contacts), activities, opportunities
/// (with their stage history) and tickets (with conversation and status history) for load
/// and scale tests. Resumable: record <c>i</c> always has the same id and content, batches commit in index order, so the records that exist are always
/// the first N; a run finds N and continues from there. Only the command line runs it, never the web host's start-up.
/// </summary>
internal sealed partial class ScaleDataGenerator(
    IDbContextFactory<CrmDbContext> contexts, TimeProvider clock, ILogger<ScaleDataGenerator> logger)
{
    public async Task<GenerationResult> GenerateAsync(
        GenerationRequest request, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var started = Stopwatch.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await TuneConnectionAsync(db, cancellationToken);
        var (owners, created) = await ScaleOwners.LoadOrCreateAsync(db, cancellationToken);
        if (created)
        {
            SeedingLog.ScaleOwnersCreated(logger, owners.Count);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var run = new Run(db, new ScaleRows(owners, now), request, progress, logger);
        var (accounts, contacts) = await run.AccountsAsync(cancellationToken);
        var activities = await run.ActivitiesAsync(cancellationToken);
        var (opportunities, history) = request.Opportunities > 0
            ? await run.OpportunitiesAsync(
                await OpportunitiesOfAsync(db, owners, now, cancellationToken), cancellationToken)
            : (0, 0L);

        var (tickets, ticketRows) = request.Tickets > 0
            ? await run.TicketsAsync(await TicketsOfAsync(db, now, cancellationToken), cancellationToken)
            : (0, 0L);

        var result = new GenerationResult(
            accounts, contacts, activities, opportunities, history, Stopwatch.GetElapsedTime(started))
        {
            TicketsWritten = tickets,
            TicketRowsWritten = ticketRows,
        };
        SeedingLog.ScaleFinished(
            logger, result.RowsWritten, (long)result.Elapsed.TotalMilliseconds, (long)result.RowsPerSecond);

        return result;
    }

    private static async Task<ScaleOpportunities> OpportunitiesOfAsync(
        CrmDbContext db, IReadOnlyList<Guid> owners, DateTime now, CancellationToken cancellationToken)
    {
        var habits = await ScalePipeline.LoadOrCreateAsync(db, now, cancellationToken);
        var dollars = await ScalePipeline.HasDollarRateAsync(db, cancellationToken);

        return new ScaleOpportunities(owners, habits, dollars, now);
    }

    // One connection for the whole run, and on SQLite a page cache large enough for the
    // indexes being filled (the default is 2 MB), so inserts stop waiting on page reads.
    private static async Task TuneConnectionAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", cancellationToken);
        }
    }

    /// <summary>One run's state: its context, counters and clock.</summary>
    private sealed partial class Run(
        CrmDbContext db, ScaleRows rows, GenerationRequest request, IProgress<GenerationProgress>? progress,
        ILogger logger)
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private long _rowsWritten;

        public async Task<(int Accounts, int Contacts)> AccountsAsync(CancellationToken cancellationToken)
        {
            var existing = await CountGeneratedAsync(
                db.Accounts, ScaleIds.Account, request.Accounts, cancellationToken);
            var stage = Stopwatch.GetTimestamp();
            var (accounts, contacts) = (0, 0);
            StageStarting(GenerationStage.Accounts, existing, request.Accounts);

            for (var start = existing; start < request.Accounts; start += request.BatchSize)
            {
                var end = Math.Min(start + request.BatchSize, request.Accounts);
                for (var index = start; index < end; index++)
                {
                    var (account, accountContacts) = rows.Account(index);
                    db.Accounts.Add(account);
                    db.Contacts.AddRange(accountContacts);
                    contacts += accountContacts.Count;
                }

                accounts += end - start;
                await SaveBatchAsync(GenerationStage.Accounts, end, request.Accounts, cancellationToken);
            }

            StageFinished(GenerationStage.Accounts, accounts + contacts, stage);

            return (accounts, contacts);
        }

        public async Task<int> ActivitiesAsync(CancellationToken cancellationToken)
        {
            var existing = await CountGeneratedAsync(
                db.Activities, ScaleIds.Activity, request.Activities, cancellationToken);
            var stage = Stopwatch.GetTimestamp();
            StageStarting(GenerationStage.Activities, existing, request.Activities);

            // Activities are spread evenly and in order over the accounts, so consecutive
            // activities share an account and its index pages.
            var shape = (Index: -1, Shape: default(AccountShape));
            for (var start = existing; start < request.Activities; start += request.BatchSize)
            {
                var end = Math.Min(start + request.BatchSize, request.Activities);
                for (var index = start; index < end; index++)
                {
                    var accountIndex = (int)((long)index * request.Accounts / request.Activities);
                    if (shape.Index != accountIndex)
                    {
                        shape = (accountIndex, AccountShape.Of(accountIndex));
                    }

                    db.Activities.Add(rows.Activity(index, accountIndex, shape.Shape));
                }

                await SaveBatchAsync(GenerationStage.Activities, end, request.Activities, cancellationToken);
            }

            var written = Math.Max(0, request.Activities - existing);
            StageFinished(GenerationStage.Activities, written, stage);

            return written;
        }

        /// <summary>Opportunities spread evenly and in order over the accounts, as activities are.</summary>
        public async Task<(int Opportunities, long History)> OpportunitiesAsync(
            ScaleOpportunities opportunities, CancellationToken cancellationToken)
        {
            var target = request.Opportunities;
            var existing = await CountGeneratedAsync(db.Opportunities, ScaleIds.Opportunity, target, cancellationToken);
            var stage = Stopwatch.GetTimestamp();
            StageStarting(GenerationStage.Opportunities, existing, target);

            var history = 0L;
            var shape = (Index: -1, Shape: default(AccountShape));
            for (var start = existing; start < target; start += request.BatchSize)
            {
                var end = Math.Min(start + request.BatchSize, target);
                for (var index = start; index < end; index++)
                {
                    var accountIndex = (int)((long)index * request.Accounts / target);
                    if (shape.Index != accountIndex)
                    {
                        shape = (accountIndex, AccountShape.Of(accountIndex));
                    }

                    var opportunity = opportunities.Build(index, accountIndex, shape.Shape);
                    history += opportunity.RecordedStageChanges.Count;
                    db.Opportunities.Add(opportunity);
                }

                await SaveBatchAsync(GenerationStage.Opportunities, end, target, cancellationToken);
            }

            var written = Math.Max(0, target - existing);
            StageFinished(GenerationStage.Opportunities, written + history, stage);

            return (written, history);
        }

        private async Task SaveBatchAsync(
            GenerationStage stage, int done, int target, CancellationToken cancellationToken)
        {
            _rowsWritten += db.ChangeTracker.Entries().Count();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var elapsed = Stopwatch.GetElapsedTime(_started);
            progress?.Report(new GenerationProgress(stage, done, target, _rowsWritten, elapsed));
        }

        private void StageStarting(GenerationStage stage, int existing, int target) =>
            SeedingLog.ScaleStageStarting(logger, stage.ToString(), existing, target, Math.Max(0, target - existing));

        private void StageFinished(GenerationStage stage, long rowsWritten, long startedAt)
        {
            var elapsed = Stopwatch.GetElapsedTime(startedAt);
            var perSecond = elapsed > TimeSpan.Zero ? (long)(rowsWritten / elapsed.TotalSeconds) : 0;
            SeedingLog.ScaleStageFinished(
                logger, stage.ToString(), rowsWritten, (long)elapsed.TotalMilliseconds, perSecond);
        }

        /// <summary>
        /// How many of the first <paramref name="upTo"/> generated records exist. They always
        /// form a prefix (batches commit in order, each whole or not at all), so a binary search
        /// on the primary key finds the count in about 20 look-ups for a million rows.
        /// </summary>
        private static async Task<int> CountGeneratedAsync<T>(
            IQueryable<T> set, Func<int, Guid> idOf, int upTo, CancellationToken cancellationToken)
            where T : AggregateRoot
        {
            var (low, high) = (0, upTo);
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                var id = idOf(middle);
                if (await set.IgnoreQueryFilters().AnyAsync(e => e.Id == id, cancellationToken))
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
