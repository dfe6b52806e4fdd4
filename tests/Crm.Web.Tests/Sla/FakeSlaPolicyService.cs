using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Infrastructure.Sla;

namespace Crm.Web.Tests.Sla;

/// <summary>Policies in memory; records what the dialog creates.</summary>
public sealed class FakeSlaPolicyService : ISlaPolicyService
{
    public List<PolicyView> Policies { get; } = [];

    public List<(SlaPriority Priority, AccountTier? Tier, PolicyInput Input)> Created { get; } = [];

    public static PolicyView Policy(SlaPriority priority, AccountTier? tier, int first, int resolution) =>
        new(Guid.NewGuid(), 1, priority, tier, first, resolution, null, "中国大陆工作日", 20);

    public Task<IReadOnlyList<PolicyView>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PolicyView>>([.. Policies]);

    public Task<PolicyView> CreateAsync(
        SlaPriority priority, AccountTier? tier, PolicyInput input, CancellationToken cancellationToken = default)
    {
        if (Policies.Any(p => p.Priority == priority && p.Tier == tier))
        {
            throw new DomainException("Tier.taken", "Taken", "Tier");
        }

        Created.Add((priority, tier, input));
        var view = Policy(priority, tier, input.FirstResponseMinutes, input.ResolutionMinutes);
        Policies.Add(view);

        return Task.FromResult(view);
    }

    public Task<PolicyView> UpdateAsync(
        Guid id, int expectedVersion, PolicyInput input, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
