using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Admin;

public sealed class HandOverTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AdminHarness _harness = default!;
    private Guid _leaver;
    private Guid _receiver;

    public async ValueTask InitializeAsync()
    {
        _harness = await AdminHarness.StartAsync();
        _leaver = await _harness.InviteAsync("leaver@crm.test");
        _receiver = await _harness.InviteAsync("receiver@crm.test");
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task HandOverAsync_LeaverWithRecords_MovesAllAccountsAndOpenTasks()
    {
        await _harness.AddAccountAsync(_leaver, "上海华东贸易");
        await _harness.AddAccountAsync(_leaver, "Northwind");
        await _harness.AddTaskAsync(_leaver);

        var result = await _harness.Admin.HandOverAsync(_leaver, _receiver, Ct);

        Assert.Equal((2, 1), (result.Accounts, result.FollowUpTasks));
        Assert.Equal(2, await _harness.QueryAsync(db => db.Accounts.CountAsync(a => a.OwnerId == _receiver)));
        Assert.Equal(1, await _harness.QueryAsync(db => db.FollowUpTasks.CountAsync(t => t.AssigneeId == _receiver)));
    }

    [Fact]
    public async Task HandOverAsync_DoneTask_KeepsItsAssignee()
    {
        var done = await _harness.AddTaskAsync(_leaver, done: true);

        var result = await _harness.Admin.HandOverAsync(_leaver, _receiver, Ct);

        Assert.Equal(0, result.FollowUpTasks);
        Assert.Equal(_leaver, await _harness.QueryAsync(db => db.FollowUpTasks.Where(t => t.Id == done)
            .Select(t => t.AssigneeId).SingleAsync()));
    }

    [Fact]
    public async Task HandOverAsync_InactiveReceiver_ThrowsDomainErrorAndMovesNothing()
    {
        await _harness.AddAccountAsync(_leaver, "Northwind");
        await _harness.Admin.DeactivateAsync(_receiver, await _harness.VersionAsync(_receiver), Ct);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => _harness.Admin.HandOverAsync(_leaver, _receiver, Ct));

        Assert.Equal("Receiver", error.Field);
        Assert.Equal(1, await _harness.QueryAsync(db => db.Accounts.CountAsync(a => a.OwnerId == _leaver)));
    }

    [Fact]
    public async Task HandOverAsync_NonAdmin_ThrowsForbidden()
    {
        _harness.CurrentUser.SignIn(_receiver, Roles.SalesManager);

        await Assert.ThrowsAsync<ForbiddenException>(() => _harness.Admin.HandOverAsync(_leaver, _receiver, Ct));
    }
}
