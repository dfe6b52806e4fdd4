using System.Collections.Concurrent;
using System.Diagnostics;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Visibility;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>
/// The shared open tickets of every support team someone has opened a workspace of, kept
/// current from the live bus: a team is read when its first feed opens, and from then on each
/// committed ticket event costs one read of that ticket, however many workspaces are open.
/// Events are handled one at a time in publish order; one older than the row held is dropped
/// without a read. Loaded teams stay loaded for the life of the process (there are few).
/// </summary>
internal sealed class TeamTicketStore : IDisposable
{
    private static readonly Task<(TeamTickets, TeamTicketChange)?> NoChange =
        Task.FromResult<(TeamTickets, TeamTicketChange)?>(null);

    private readonly ConcurrentDictionary<Guid, TeamTicketState> _states = new();
    private readonly ITeamTicketReader _reader;
    private readonly ILogger<TeamTicketStore> _logger;
    private readonly IDisposable _subscription;

    public TeamTicketStore(ILiveBus bus, ITeamTicketReader reader, ILogger<TeamTicketStore> logger)
    {
        (_reader, _logger) = (reader, logger);
        // Subscribed before any team is loaded, so no event can fall between a load and the feed.
        _subscription = bus.Subscribe(OnEventAsync);
    }

    /// <summary>
    /// Starts a feed of the team for a user with <paramref name="access"/> (checked by the
    /// caller), loading the team first if nobody has opened it yet; <paramref name="rescope"/>
    /// reads that user's access again when teams change.
    /// </summary>
    public async Task<WorkspaceFeed> OpenAsync(
        Guid teamId, TicketAccess access, Func<CancellationToken, Task<TicketAccess>> rescope, Guid userId,
        ITicketRiskRule? risk, Action onChanged, CancellationToken cancellationToken)
    {
        var state = _states.GetOrAdd(teamId, id => new TeamTicketState(id, _logger));
        var feed = new WorkspaceFeed(state, access, rescope, userId, risk, onChanged);
        state.Add(feed);
        try
        {
            await state.ChangeAsync(
                s => s is null ? LoadAsync(teamId, cancellationToken) : NoChange, cancellationToken);
        }
        catch
        {
            feed.Dispose();
            throw;
        }

        return feed;
    }

    public void Dispose() => _subscription.Dispose();

    private async Task<(TeamTickets, TeamTicketChange)?> LoadAsync(Guid teamId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var rows = await _reader.OpenTicketsAsync(teamId, cancellationToken);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        WorkspaceLog.Loaded(_logger, teamId, rows.Count, elapsed);

        return (TeamTickets.Create(teamId, rows), TeamTicketChange.All);
    }

    // A ticket event names its team, and a move also the team it left.
    private static IEnumerable<Guid> TeamsOf(IDomainEvent domainEvent) => domainEvent switch
    {
        TicketCreated e => [e.TeamId],
        TicketChanged e => [e.TeamId],
        TicketStatusChanged e => [e.TeamId],
        TicketAssigned e => [e.TeamId],
        TicketSlaChanged e => [e.TeamId],
        TicketMovedToQueue e => e.PreviousTeamId == e.TeamId ? [e.TeamId] : [e.TeamId, e.PreviousTeamId],
        _ => [],
    };

    private async ValueTask OnEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent is UserMovedToTeam or TeamManagerChanged)
        {
            await RescopeAllAsync(cancellationToken);
            return;
        }

        foreach (var teamId in TeamsOf(domainEvent))
        {
            if (!_states.TryGetValue(teamId, out var state))
            {
                continue;
            }

            try
            {
                // A team still loading is skipped: its load reads what this event committed.
                await state.ChangeAsync(
                    s => s is null ? NoChange : ApplyAsync(s, domainEvent, cancellationToken), cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                WorkspaceLog.ApplyFailed(_logger, error, teamId, domainEvent.GetType().Name);
            }
        }
    }

    // Who works which tickets follows the teams; team changes are rare, so every feed reads its
    // user's scope again rather than the store working out whom the change reaches.
    private async Task RescopeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var feed in _states.Values.SelectMany(s => s.Feeds))
        {
            try
            {
                await feed.RescopeAsync(cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                WorkspaceLog.RescopeFailed(_logger, error, feed.TeamId);
            }
        }
    }

    private async Task<(TeamTickets, TeamTicketChange)?> ApplyAsync(
        TeamTickets snapshot, IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var id = domainEvent.AggregateId;
        var held = snapshot.Rows.GetValueOrDefault(id);
        if (held is not null && domainEvent.Version <= held.Version)
        {
            WorkspaceLog.Stale(
                _logger, snapshot.TeamId, domainEvent.GetType().Name, id, domainEvent.Version, held.Version);
            return null;
        }

        // A ticket that moved to another team's queue leaves this one without a read.
        var row = domainEvent is TicketMovedToQueue moved && moved.TeamId != snapshot.TeamId
            ? null
            : await _reader.OpenTicketAsync(snapshot.TeamId, id, cancellationToken);

        return Applied(snapshot, held, row);
    }

    private (TeamTickets, TeamTicketChange)? Applied(TeamTickets snapshot, TicketRow? held, TicketRow? row)
    {
        var change = new TeamTicketChange(false, held?.AssigneeId, row?.AssigneeId);
        if (row is not null)
        {
            if (held is not null && row.Version <= held.Version)
            {
                return null;
            }

            WorkspaceLog.Applied(_logger, snapshot.TeamId, row.Id, row.Version);
            return (snapshot.With(row), change);
        }

        if (held is null)
        {
            return null;
        }

        WorkspaceLog.Removed(_logger, snapshot.TeamId, held.Id);

        return (snapshot.Without(held.Id), change);
    }
}
