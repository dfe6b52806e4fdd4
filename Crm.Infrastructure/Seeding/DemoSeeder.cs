using System.Diagnostics;
using Crm.Domain.Common;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Seeding.Demo;
using Crm.Infrastructure.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Seeding;

/// <summary>
/// Fills an empty database with the demo company 华辰科技: teams, users with sign-ins, lead
/// assignment rules, about 300 accounts with contacts, 18 months of activities and follow-up
/// tasks, six months of leads routed by those rules (some converted into customers and
/// opportunities), two pipelines, the price list, monthly exchange rates and a few thousand
/// opportunities with their stage history, the service desk's queues and a few thousand tickets
/// with their conversations, targets and the weekly forecast snapshots of this quarter and the
/// last. Runs after migrations when <c>Seed:Demo</c> is true;
/// does nothing once the database holds an organization, users or accounts. All of it commits
/// in one transaction, so a failed seed leaves the database empty and the next start tries again.
/// </summary>
internal sealed class DemoSeeder(
    CrmDbContext db,
    UserManager<CrmIdentityUser> users,
    RoleManager<CrmRole> roles,
    IOptions<SeedOptions> options,
    TimeProvider clock,
    ILogger<DemoSeeder> logger) : IStartupDataStep
{
    private const int BatchSize = 1000;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Demo)
        {
            SeedingLog.DemoSeedOff(logger);
            return;
        }

        if (!await IsEmptyAsync(cancellationToken))
        {
            SeedingLog.DemoSeedSkipped(logger);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        // SQL Server retries failed operations; a retry must redo the whole transaction, so the
        // seed runs as one unit of the provider's execution strategy.
        var data = await db.Database.CreateExecutionStrategy().ExecuteAsync(WriteAsync, cancellationToken);

        SeedingLog.DemoSeeded(
            logger, data.Users.Count, data.Accounts.Count, data.ContactCount, data.Activities.Count, data.Tasks.Count,
            data.Opportunities.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Organization.IgnoreQueryFilters().AnyAsync(cancellationToken)
        && !await db.CrmUsers.IgnoreQueryFilters().AnyAsync(cancellationToken)
        && !await db.Users.AnyAsync(cancellationToken)
        && !await db.Accounts.IgnoreQueryFilters().AnyAsync(cancellationToken);

    private async Task<DemoDataSet> WriteAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var data = DemoDataSet.Build(clock.GetUtcNow().UtcDateTime);
        // The identity stores share this scoped context, so their saves join the transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        await SaveAsync([data.Organization, .. data.Teams, .. data.Users], cancellationToken);
        await new DemoIdentity(users, roles).CreateAsync(DemoRoster.Users, cancellationToken);
        await SaveAsync([data.AssignmentSettings, .. data.AssignmentRules], cancellationToken);
        // One save per pipeline: pipelines are listed in the order they were created.
        foreach (var pipeline in data.Pipelines)
        {
            await SaveAsync([pipeline], cancellationToken);
        }

        await SaveAsync([.. data.Products, .. data.ExchangeRates], cancellationToken);
        await SaveAsync([.. data.SlaCalendars, .. data.SlaPolicies], cancellationToken);
        await SaveAsync(data.Accounts.Select(a => a.Account), cancellationToken);
        await SaveAsync(data.Accounts.SelectMany(a => a.Contacts), cancellationToken);
        await SaveAsync(data.Activities, cancellationToken);
        await SaveAsync(data.Tasks, cancellationToken);
        await SaveAsync(data.Leads, cancellationToken);
        await SaveAsync(data.Opportunities, cancellationToken);
        await SaveAsync([.. data.TicketQueues, .. data.TicketRules], cancellationToken);
        await SaveAsync(DemoCannedReplies.Build(clock.GetUtcNow().UtcDateTime), cancellationToken);
        await SaveAsync(data.Tickets, cancellationToken);
        await TicketNumberAllocator.TakeAsync(db, data.Tickets.Count, cancellationToken);
        await SaveAsync(data.Targets, cancellationToken);
        await SaveAsync(DemoDisplays.Build(clock.GetUtcNow().UtcDateTime), cancellationToken);
        await SaveSnapshotsAsync(data.ForecastSnapshots, cancellationToken);

        await transaction.CommitAsync(cancellationToken);

        return data;
    }

    // Snapshots are rows with their lines, not aggregates: they carry no events to clear.
    private async Task SaveSnapshotsAsync(IEnumerable<ForecastSnapshot> snapshots, CancellationToken cancellationToken)
    {
        foreach (var batch in snapshots.Chunk(10))
        {
            db.ChangeTracker.Clear();
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    private async Task SaveAsync(IEnumerable<AggregateRoot> records, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var batch in records.Chunk(BatchSize))
            {
                // Seeded history is not news: without its events the outbox and the live bus
                // stay quiet, and subscribers build their state from the database at start.
                foreach (var record in batch)
                {
                    record.ClearDomainEvents();
                }

                db.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
