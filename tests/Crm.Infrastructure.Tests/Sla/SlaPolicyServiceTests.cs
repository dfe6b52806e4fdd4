using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;
using static Crm.Infrastructure.Tests.Sla.SlaInputs;

namespace Crm.Infrastructure.Tests.Sla;

/// <summary>
/// One policy per priority and tier, checked targets, and the resolver that picks a ticket's
/// policy and calendar. Each test gets a database of its own: the grid is shared state.
/// </summary>
public sealed class SlaPolicyServiceTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_CellTakenAlready_ThrowsTierTaken(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);
        await world.Policies.CreateAsync(SlaPriority.High, AccountTier.Key, new PolicyInput(60, 600, null), Token);

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Policies.CreateAsync(
            SlaPriority.High, AccountTier.Key, new PolicyInput(30, 300, null), Token));

        Assert.Equal(("Tier.taken", "Tier"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_DeletedCell_RestoresItWithTheNewTargets(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);
        var first = await world.Policies.CreateAsync(SlaPriority.Low, null, new PolicyInput(60, 600, null), Token);
        await world.Policies.DeleteAsync(first.Id, first.Version, Token);

        var again = await world.Policies.CreateAsync(SlaPriority.Low, null, new PolicyInput(90, 900, null), Token);

        var listed = Assert.Single(await world.Policies.ListAsync(Token));
        Assert.Equal((first.Id, 90), (listed.Id, listed.FirstResponseMinutes));
        Assert.Equal(again.Version, listed.Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_ZeroResolutionTarget_ThrowsNamingIt(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Policies.CreateAsync(
            SlaPriority.Medium, null, new PolicyInput(60, 0, null), Token));

        Assert.Equal("ResolutionMinutes", error.Field);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_UnknownCalendar_ThrowsNamingIt(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Policies.CreateAsync(
            SlaPriority.Medium, null, new PolicyInput(60, 600, Guid.CreateVersion7()), Token));

        Assert.Equal(("CalendarId.unknown", "CalendarId"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_StaleVersion_ThrowsConflict(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);
        var policy = await world.Policies.CreateAsync(SlaPriority.High, null, new PolicyInput(60, 600, null), Token);
        await world.Policies.UpdateAsync(policy.Id, policy.Version, new PolicyInput(45, 600, null), Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            world.Policies.UpdateAsync(policy.Id, policy.Version, new PolicyInput(30, 600, null), Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ResolveAsync_TierWithOwnPolicy_GetsTheTiersPolicyAndCalendar(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);
        var allDay = await world.Calendars.CreateAsync(Office() with { Name = "7×24" }, Token);
        await world.Policies.CreateAsync(SlaPriority.Critical, null, new PolicyInput(60, 480, null), Token);
        await world.Policies.CreateAsync(
            SlaPriority.Critical, AccountTier.Strategic, new PolicyInput(30, 240, allDay.Id), Token);

        var assignment = await world.Resolver.ResolveAsync(SlaPriority.Critical, AccountTier.Strategic, Token);

        Assert.Equal((30, allDay.Id), (assignment!.Policy.FirstResponseMinutes, assignment.CalendarId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ResolveAsync_TierWithoutOwnPolicy_FallsBackToAnyTierOnTheDefaultCalendar(
        DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);
        await world.Policies.CreateAsync(SlaPriority.Critical, null, new PolicyInput(60, 480, null), Token);

        var assignment = await world.Resolver.ResolveAsync(SlaPriority.Critical, AccountTier.Standard, Token);

        Assert.Equal((60, world.DefaultCalendar.Id), (assignment!.Policy.FirstResponseMinutes, assignment.CalendarId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ResolveAsync_PriorityWithoutPolicy_IsNull(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);
        await world.Policies.CreateAsync(SlaPriority.Critical, null, new PolicyInput(60, 480, null), Token);

        Assert.Null(await world.Resolver.ResolveAsync(SlaPriority.Low, null, Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ResolveAsync_DefaultCalendar_ScheduleCountsItsHolidays(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres, Holiday(2026, 6, 19));
        await world.Policies.CreateAsync(SlaPriority.High, null, new PolicyInput(60, 480, null), Token);
        var assignment = await world.Resolver.ResolveAsync(SlaPriority.High, null, Token);

        var due = assignment!.Schedule.AddWorkingTime(
            new DateTime(2026, 6, 18, 9, 30, 0, DateTimeKind.Utc), TimeSpan.FromHours(1));

        Assert.Equal(new DateTime(2026, 6, 22, 1, 30, 0, DateTimeKind.Utc), due);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_Saved_PublishesThePolicyChangeAfterCommit(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);
        var policy = await world.Policies.CreateAsync(SlaPriority.High, null, new PolicyInput(60, 600, null), Token);

        await world.Policies.UpdateAsync(policy.Id, policy.Version, new PolicyInput(45, 600, null), Token);

        var published = world.Host.Bus.Published.OfType<SlaPolicyChanged>().Last();
        Assert.Equal((policy.Id, policy.Version + 1), (published.AggregateId, published.Version));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListCalendars_PolicyNamingNoCalendar_CountsAsUsingTheDefault(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);
        await world.Policies.CreateAsync(SlaPriority.Low, null, new PolicyInput(60, 600, null), Token);

        var calendars = await world.Calendars.ListAsync(Token);

        Assert.Equal(1, Assert.Single(calendars).Policies);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_NewFirstResponseTarget_RecordsOldAndNewInFieldHistory(DatabaseProvider provider)
    {
        await using var world = await SlaWorld.StartAsync(provider, postgres);
        var policy = await world.Policies.CreateAsync(SlaPriority.High, null, new PolicyInput(60, 600, null), Token);

        await world.Policies.UpdateAsync(policy.Id, policy.Version, new PolicyInput(45, 600, null), Token);

        await using var db = await world.Host.OpenAsync();
        var change = await db.FieldChanges.SingleAsync(c => c.EntityId == policy.Id, Token);
        Assert.Equal(("FirstResponseMinutes", "60", "45"), (change.Field, change.OldValue, change.NewValue));
    }
}
