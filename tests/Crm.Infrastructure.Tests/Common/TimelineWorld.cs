using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Common;

/// <summary>
/// Two sales teams with a rep and an account each, a support agent and a marketer: enough
/// people to test who sees and changes what.
/// </summary>
public sealed record TimelineWorld(
    Actor EastRep, Actor WestRep, Actor SupportAgent, Actor Marketer, Guid EastAccount, Guid WestAccount)
{
    public static async Task<TimelineWorld> SeedAsync(TimelineTestHost host)
    {
        var east = await host.AddTeamAsync("East sales");
        var west = await host.AddTeamAsync("West sales");
        var support = await host.AddTeamAsync("Support", TeamKind.Support);
        var eastRep = await host.AddUserAsync("王伟", east, Roles.SalesRep);
        var westRep = await host.AddUserAsync("李娜", west, Roles.SalesRep);
        var agent = await host.AddUserAsync("Anna Support", support, Roles.SupportAgent);
        var marketer = await host.AddUserAsync("Mark Eting", support, Roles.Marketing);

        return new TimelineWorld(
            eastRep, westRep, agent, marketer,
            await host.AddAccountAsync("华东制造", eastRep.UserId),
            await host.AddAccountAsync("West Foods", westRep.UserId));
    }
}

/// <summary>Base for service tests: a fresh database and world per test, the east rep signed in.</summary>
public abstract class TimelineServiceTests : IAsyncLifetime
{
    protected TimelineTestHost Host { get; private set; } = default!;

    protected TimelineWorld World { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Host = await TimelineTestHost.StartAsync(Configure);
        World = await TimelineWorld.SeedAsync(Host);
        Host.CurrentUser.SignIn(World.EastRep);
    }

    /// <summary>Replaces registrations before the provider is built; nothing by default.</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
