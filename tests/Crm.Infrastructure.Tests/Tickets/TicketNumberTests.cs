using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Tickets;

/// <summary>Ticket numbers under concurrent creates: distinct and consecutive, across two "servers".</summary>
public sealed class TicketNumberTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_ManyAtOnceOnTwoHosts_GetDistinctConsecutiveNumbers(DatabaseProvider provider)
    {
        await using var first = await databases.StartHostAsync(provider);
        await using var second = await databases.StartHostAsync(provider);
        var world = await TicketWorld.CreateAsync(first);
        var other = new[] { first, second };

        var created = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            var host = other[i % 2];
            host.Actor.SignIn(world.Admin, Domain.Teams.Roles.Admin);
            return await host.Get<Crm.Infrastructure.Tickets.ITicketService>().CreateAsync(
                world.Input($"并发工单 {i}"), TestContext.Current.CancellationToken);
        })));

        var numbers = created.Select(t => t.Number).Order().ToList();
        Assert.Equal(Enumerable.Range(numbers[0], 12), numbers);
    }
}
