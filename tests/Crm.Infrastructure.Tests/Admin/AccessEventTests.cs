using System.Threading.Channels;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Admin;
using Crm.Infrastructure.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Admin;

/// <summary>
/// Administration changes that alter what a user sees publish an event, so live connections
/// opened before the change can follow it.
/// </summary>
public sealed class AccessEventTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AdminHarness _harness = default!;

    public async ValueTask InitializeAsync() => _harness = await AdminHarness.StartAsync();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task UpdateUserAsync_OtherTeam_PublishesUserMovedToTeam()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var otherTeam = await CreateTeamAsync("Sales West");
        var row = await _harness.Admin.GetUserAsync(userId, Ct);
        using var events = Listen(userId);

        await _harness.Admin.UpdateUserAsync(userId, row.Version, Changes(row) with { TeamId = otherTeam }, Ct);

        var moved = await events.NextAsync<UserMovedToTeam>();
        Assert.Equal((row.TeamId, otherTeam), (moved.PreviousTeamId, moved.TeamId));
    }

    [Fact]
    public async Task UpdateUserAsync_RoleAdded_PublishesUserRolesChanged()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var row = await _harness.Admin.GetUserAsync(userId, Ct);
        using var events = Listen(userId);

        await _harness.Admin.UpdateUserAsync(
            userId, row.Version, Changes(row) with { Roles = [Roles.SalesRep, Roles.SalesManager] }, Ct);

        Assert.Equal(row.Version + 1, (await events.NextAsync<UserRolesChanged>()).Version);
    }

    [Fact]
    public async Task UpdateUserAsync_SameRoles_PublishesNoUserRolesChanged()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var row = await _harness.Admin.GetUserAsync(userId, Ct);
        using var events = Listen(userId);

        await _harness.Admin.UpdateUserAsync(userId, row.Version, Changes(row) with { CapacityLimit = 7 }, Ct);
        await _harness.Admin.DeactivateAsync(userId, await _harness.VersionAsync(userId), Ct);

        // Deactivation comes later on the same queue: everything the update published is in by then.
        await events.NextAsync<UserDeactivated>();
        Assert.DoesNotContain(events.Skipped, e => e is UserRolesChanged);
    }

    // The same event as the agent's own status menu, so open workspaces show the new dot at once.
    [Fact]
    public async Task UpdateUserAsync_OnLeave_PublishesUserAvailabilityChangedWithTheTeam()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var row = await _harness.Admin.GetUserAsync(userId, Ct);
        using var events = Listen(userId);

        await _harness.Admin.UpdateUserAsync(
            userId, row.Version, Changes(row) with { Availability = Availability.OnLeave }, Ct);

        var changed = await events.NextAsync<UserAvailabilityChanged>();
        Assert.Equal((row.TeamId, Availability.OnLeave), (changed.TeamId, changed.Availability));
    }

    [Fact]
    public async Task ReactivateAsync_DeactivatedUser_PublishesUserActivated()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        await _harness.Admin.DeactivateAsync(userId, await _harness.VersionAsync(userId), Ct);
        using var events = Listen(userId);

        await _harness.Admin.ReactivateAsync(userId, await _harness.VersionAsync(userId), Ct);

        Assert.Equal(userId, (await events.NextAsync<UserActivated>()).AggregateId);
    }

    [Fact]
    public async Task UpdateTeamAsync_NewManager_PublishesTeamManagerChanged()
    {
        var managerId = await _harness.InviteAsync("mia@crm.test", Languages.English, Roles.SalesManager);
        var team = (await _harness.Admin.ListTeamsAsync(Ct)).Single(t => t.Id == _harness.TeamId);
        using var events = Listen(team.Id);

        await _harness.Admin.UpdateTeamAsync(
            team.Id, team.Version, new TeamInput(team.Name, team.Kind, team.Region, managerId), Ct);

        Assert.Equal(managerId, (await events.NextAsync<TeamManagerChanged>()).ManagerId);
    }

    [Fact]
    public async Task CreateTeamAsync_WithManager_PublishesTeamManagerChanged()
    {
        var managerId = await _harness.InviteAsync("mia@crm.test", Languages.English, Roles.SalesManager);
        using var events = Listen(null);

        var teamId = await _harness.Admin.CreateTeamAsync(
            new TeamInput("Sales West", TeamKind.Sales, "West", managerId), Ct);

        var changed = await events.NextAsync<TeamManagerChanged>();
        Assert.Equal((teamId, managerId), (changed.AggregateId, changed.ManagerId));
    }

    private Task<Guid> CreateTeamAsync(string name) =>
        _harness.Admin.CreateTeamAsync(new TeamInput(name, TeamKind.Sales, "West", null), Ct);

    private static UserChanges Changes(AdminUserRow row) =>
        new(row.DisplayName, row.TeamId, row.Roles, row.Availability, row.CapacityLimit, row.Region, row.TimeZone,
            row.Language);

    private EventListener Listen(Guid? aggregateId) =>
        new(_harness.Services.GetRequiredService<ILiveBus>(), aggregateId);

    /// <summary>The events published about one aggregate (or any), in publish order.</summary>
    private sealed class EventListener : IDisposable
    {
        private readonly Channel<IDomainEvent> _events = Channel.CreateUnbounded<IDomainEvent>();
        private readonly IDisposable _subscription;

        public EventListener(ILiveBus bus, Guid? aggregateId) =>
            _subscription = bus.Subscribe((e, _) =>
            {
                if (aggregateId is null || e.AggregateId == aggregateId)
                {
                    _events.Writer.TryWrite(e);
                }

                return ValueTask.CompletedTask;
            });

        /// <summary>The events passed over by <see cref="NextAsync{T}"/>.</summary>
        public List<IDomainEvent> Skipped { get; } = [];

        /// <summary>Reads on to the next event of type <typeparamref name="T"/>; fails after five seconds.</summary>
        public async Task<T> NextAsync<T>()
            where T : IDomainEvent
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            while (true)
            {
                var next = await _events.Reader.ReadAsync(timeout.Token);
                if (next is T typed)
                {
                    return typed;
                }

                Skipped.Add(next);
            }
        }

        public void Dispose() => _subscription.Dispose();
    }
}
