using System.Collections.Concurrent;
using System.Diagnostics;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Teams;

/// <summary>A user as live routing sees them: the team they belong to and whether they may work.</summary>
internal sealed record DirectoryUser(Guid Id, Guid TeamId, bool IsActive, int Version);

/// <summary>
/// Who belongs to which team and who manages which team, held in memory for the whole process:
/// loaded once at start and kept current from user and team events, so routing a live event by
/// its owner's team costs no database read. A user it has not seen (invited after start) is
/// read once and then kept. Safe to use from any thread.
/// </summary>
internal sealed class UserDirectory(
    IServiceScopeFactory scopes, ILiveBus bus, TimeProvider clock, ILogger<UserDirectory> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, DirectoryUser> _users = new();
    private readonly ConcurrentDictionary<Guid, DirectoryTeam> _teams = new();
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the directory holds every user and team of the database.</summary>
    public Task Loaded => _loaded.Task;

    /// <summary>The user, read from the database the first time it is asked for; null when unknown there too.</summary>
    public async ValueTask<DirectoryUser?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        await Loaded.WaitAsync(cancellationToken);
        if (_users.TryGetValue(userId, out var known))
        {
            return known;
        }

        var (user, managed) = await ReadAsync(
            async db => (
                await Users(db.CrmUsers.Where(u => u.Id == userId)).SingleOrDefaultAsync(cancellationToken),
                await Teams(db.Teams.Where(t => t.ManagerId == userId)).ToListAsync(cancellationToken)),
            cancellationToken);
        managed.ForEach(Merge);

        return user is null ? null : Merge(user);
    }

    /// <summary>The teams <paramref name="userId"/> manages now.</summary>
    public IReadOnlyList<Guid> TeamsManagedBy(Guid userId) =>
        [.. _teams.Where(t => t.Value.ManagerId == userId).Select(t => t.Key)];

    /// <summary>
    /// Takes in a user or team event; others are ignored. Applying an event twice, or one older
    /// than what the directory holds, changes nothing, so a subscriber that routes by the
    /// directory may apply each event itself first and never route with a view behind it.
    /// </summary>
    public void Apply(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case UserMovedToTeam moved:
                Update(moved, u => u with { TeamId = moved.TeamId });
                break;
            case UserDeactivated deactivated:
                Update(deactivated, u => u with { IsActive = false });
                break;
            case UserActivated activated:
                Update(activated, u => u with { IsActive = true });
                break;
            case TeamManagerChanged changed:
                Merge(new DirectoryTeam(changed.AggregateId, changed.ManagerId, changed.Version));
                break;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Subscribed before loading, so nothing committed meanwhile is missed; events wait for the load.
        using var subscription = bus.Subscribe(async (e, ct) =>
        {
            await Loaded.WaitAsync(ct);
            Apply(e);
        });

        try
        {
            await LoadWithRetriesAsync(stoppingToken);
            await Task.Delay(Timeout.InfiniteTimeSpan, clock, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    internal async Task LoadAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var (users, teams) = await ReadAsync(
            async db => (
                await Users(db.CrmUsers).ToListAsync(cancellationToken),
                await Teams(db.Teams).ToListAsync(cancellationToken)),
            cancellationToken);
        users.ForEach(u => Merge(u));
        teams.ForEach(Merge);
        _loaded.TrySetResult();

        TeamsLog.DirectoryLoaded(
            logger, users.Count, teams.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task LoadWithRetriesAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await LoadAsync(stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                TeamsLog.DirectoryLoadFailed(logger, ex, RetryAfter.TotalSeconds);
                await Task.Delay(RetryAfter, clock, stoppingToken);
            }
        }
    }

    // The context factory is scoped (saves stamp the acting user); a read needs a scope of its own.
    private async Task<T> ReadAsync<T>(Func<CrmDbContext, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync(cancellationToken);

        return await read(db);
    }

    private static IQueryable<DirectoryUser> Users(IQueryable<User> users) =>
        users.AsNoTracking().Select(u => new DirectoryUser(u.Id, u.TeamId, u.IsActive, u.Version));

    private static IQueryable<DirectoryTeam> Teams(IQueryable<Team> teams) =>
        teams.AsNoTracking().Select(t => new DirectoryTeam(t.Id, t.ManagerId, t.Version));

    // A user the directory has not seen is left alone: the first GetAsync reads them whole.
    // (Read in the same moment as their first event, the older row can win; the next event
    // about them, or a restart, puts it right.)
    private void Update(IDomainEvent domainEvent, Func<DirectoryUser, DirectoryUser> change)
    {
        if (_users.TryGetValue(domainEvent.AggregateId, out var user))
        {
            Merge(change(user) with { Version = domainEvent.Version });
        }
    }

    private DirectoryUser Merge(DirectoryUser user) =>
        _users.AddOrUpdate(user.Id, user, (_, held) => user.Version >= held.Version ? user : held);

    private void Merge(DirectoryTeam team) =>
        _teams.AddOrUpdate(team.Id, team, (_, held) => team.Version >= held.Version ? team : held);

    private sealed record DirectoryTeam(Guid Id, Guid? ManagerId, int Version);
}
