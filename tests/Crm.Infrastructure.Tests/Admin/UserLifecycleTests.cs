using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Admin;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Admin;

public sealed class UserLifecycleTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AdminHarness _harness = default!;

    public async ValueTask InitializeAsync() => _harness = await AdminHarness.StartAsync();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task DeactivateAsync_ActiveUser_PublishesUserDeactivated()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var published = new TaskCompletionSource<UserDeactivated>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = _harness.Services.GetRequiredService<ILiveBus>().Subscribe((e, _) =>
        {
            if (e is UserDeactivated deactivated)
            {
                published.TrySetResult(deactivated);
            }

            return ValueTask.CompletedTask;
        });

        await _harness.Admin.DeactivateAsync(userId, await _harness.VersionAsync(userId), Ct);

        var received = await published.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal(userId, received.AggregateId);
    }

    [Fact]
    public async Task DeactivateAsync_ActiveUser_ChangesSecurityStampAndLocksOut()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var stampBefore = await _harness.SecurityStampAsync(userId);

        await _harness.Admin.DeactivateAsync(userId, await _harness.VersionAsync(userId), Ct);

        Assert.NotEqual(stampBefore, await _harness.SecurityStampAsync(userId));
        Assert.False((await _harness.Admin.GetUserAsync(userId, Ct)).IsActive);
    }

    [Fact]
    public async Task DeactivateAsync_Self_ThrowsDomainError()
    {
        var version = (await _harness.Admin.GetUserAsync(_harness.AdminId, Ct)).Version;

        var error = await Assert.ThrowsAsync<DomainException>(
            () => _harness.Admin.DeactivateAsync(_harness.AdminId, version, Ct));

        Assert.Equal("User.self-deactivate", error.Code);
    }

    [Fact]
    public async Task ReactivateAsync_DeactivatedUser_IsActiveAgain()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        await _harness.Admin.DeactivateAsync(userId, await _harness.VersionAsync(userId), Ct);

        await _harness.Admin.ReactivateAsync(userId, await _harness.VersionAsync(userId), Ct);

        Assert.True((await _harness.Admin.GetUserAsync(userId, Ct)).IsActive);
    }

    [Fact]
    public async Task UpdateUserAsync_NewRolesAndCapacity_AreSaved()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var row = await _harness.Admin.GetUserAsync(userId, Ct);

        await _harness.Admin.UpdateUserAsync(userId, row.Version, Changes(row) with
        {
            Roles = [Roles.SupportAgent], CapacityLimit = 12, Availability = Availability.Away,
        }, Ct);

        var saved = await _harness.Admin.GetUserAsync(userId, Ct);
        Assert.Equal([Roles.SupportAgent], saved.Roles);
        Assert.Equal((12, Availability.Away), (saved.CapacityLimit, saved.Availability));
    }

    [Fact]
    public async Task UpdateUserAsync_RoleRemoved_ChangesSecurityStamp()
    {
        var userId = await _harness.InviteAsync("jane@crm.test", Languages.English, Roles.SalesRep, Roles.Marketing);
        var row = await _harness.Admin.GetUserAsync(userId, Ct);
        var stampBefore = await _harness.SecurityStampAsync(userId);

        await _harness.Admin.UpdateUserAsync(
            userId, row.Version, Changes(row) with { Roles = [Roles.SalesRep] }, Ct);

        Assert.NotEqual(stampBefore, await _harness.SecurityStampAsync(userId));
    }

    [Fact]
    public async Task UpdateUserAsync_StaleVersion_ThrowsConcurrencyConflict()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        var loaded = await _harness.Admin.GetUserAsync(userId, Ct);
        await _harness.Admin.UpdateUserAsync(
            userId, loaded.Version, Changes(loaded) with { CapacityLimit = 5 }, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => _harness.Admin.UpdateUserAsync(
                userId, loaded.Version, Changes(loaded) with { CapacityLimit = 9 }, Ct));
    }

    [Fact]
    public async Task ListUsersAsync_NonAdmin_ThrowsForbidden()
    {
        _harness.CurrentUser.SignIn(Guid.NewGuid(), Roles.SalesManager);

        await Assert.ThrowsAsync<ForbiddenException>(() => _harness.Admin.ListUsersAsync(Ct));
    }

    [Fact]
    public async Task InviteAsync_AdminClaimWithoutAdminRoleInDatabase_ThrowsForbidden()
    {
        var userId = await _harness.InviteAsync("jane@crm.test");
        _harness.CurrentUser.SignIn(userId, Roles.Admin);

        await Assert.ThrowsAsync<ForbiddenException>(() => _harness.InviteAsync("joe@crm.test"));
    }

    private static UserChanges Changes(AdminUserRow row) =>
        new(row.DisplayName, row.TeamId, row.Roles, row.Availability, row.CapacityLimit, row.Region, row.TimeZone,
            row.Language);
}
