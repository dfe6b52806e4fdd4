using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Seeding;

public sealed class DemoAssignmentSeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_EmptyDatabase_SendsUnmatchedLeadsToMarketing()
    {
        var queue = await fixture.Database.QueryAsync(db =>
            (from s in db.AssignmentSettings join t in db.Teams on s.DefaultQueueTeamId equals t.Id select t.Name)
                .SingleAsync(Cancel));

        Assert.Equal("市场与运营部", queue);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_SeedsLeadRulesEndingWithACatchAll()
    {
        var rules = await fixture.Database.QueryAsync(db =>
            db.AssignmentRules.Where(r => r.Kind == RecordKind.Lead).OrderBy(r => r.Position).ToListAsync(Cancel));

        Assert.Equal(6, rules.Count);
        Assert.Empty(rules[^1].Conditions);
        Assert.Equal(StrategyKind.TerritoryOwner, rules[^1].Strategy.Kind);
    }
}
