using Crm.Domain.Teams;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Web.Tests.Tickets.Workspace;

internal sealed class FakeAgentStatusService : IAgentStatusService
{
    public Availability Mine { get; set; } = Availability.Available;

    public List<Availability> Set { get; } = [];

    public List<AgentStatus> Team { get; } = [];

    public Task<Availability> MineAsync(CancellationToken cancellationToken = default) => Task.FromResult(Mine);

    public Task SetMineAsync(Availability availability, CancellationToken cancellationToken = default)
    {
        Set.Add(availability);
        Mine = availability;

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AgentStatus>> TeamAsync(Guid teamId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AgentStatus>>([.. Team]);
}
