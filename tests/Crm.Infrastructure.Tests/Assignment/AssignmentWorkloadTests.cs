using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static Crm.Infrastructure.Tests.Assignment.AssignmentWorld;

namespace Crm.Infrastructure.Tests.Assignment;

public sealed class AssignmentWorkloadTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DecideAsync_WorkloadAtCapacity_SkipsTheUser(DatabaseProvider provider)
    {
        var workload = new FixedWorkload();
        await using var host = await databases.StartHostAsync(provider, services =>
        {
            services.RemoveAll<IAssignmentWorkload>();
            services.AddSingleton<IAssignmentWorkload>(workload);
        });
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华南销售组");
        var busy = await world.UserAsync("林晓燕", team, capacity: 12);
        var free = await world.UserAsync("郑浩", team, capacity: 12);
        workload.Counts[busy.Id] = 12;
        workload.Counts[free.Id] = 4;
        await world.RuleAsync("最空闲", AssignmentStrategy.LeastBusy(team.Id));

        var decision = await world.AssignAsync();

        Assert.Equal(free.Id, decision.OwnerId);
        Assert.Equal(
            new SkippedUser(busy.Id, "林晓燕", SkipReason.AtCapacity, 12, 12), Assert.Single(decision.Skipped));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DecideAsync_NoWorkloadForTheKind_CountsEveryoneAsFree(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(
            provider, services => services.RemoveAll<IAssignmentWorkload>());
        var world = await CreateAsync(host);
        var team = await world.TeamAsync("华南销售组");
        var user = await world.UserAsync("林晓燕", team, capacity: 1);
        await world.RuleAsync("最空闲", AssignmentStrategy.LeastBusy(team.Id));

        var decision = await world.AssignAsync();

        Assert.Equal((user.Id, 0), (decision.OwnerId, decision.Skipped.Count));
    }

    private sealed class FixedWorkload : IAssignmentWorkload
    {
        public Dictionary<Guid, int> Counts { get; } = [];

        public RecordKind Kind => RecordKind.Lead;

        public Task<IReadOnlyDictionary<Guid, int>> OpenCountsAsync(
            CrmDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<Guid, int>>(
                Counts.Where(c => userIds.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value));
    }
}
