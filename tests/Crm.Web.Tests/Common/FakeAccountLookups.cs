using Crm.Infrastructure.Customers;

namespace Crm.Web.Tests.Common;

/// <summary>Fixed owners, regions, tags and accounts for the pickers and filters.</summary>
public sealed class FakeAccountLookups : IAccountLookups
{
    public List<OwnerOption> Owners { get; } =
        [new(Guid.Parse("0195a000-0000-7000-8000-000000000001"), "王芳")];

    public List<string> Regions { get; } = ["华东", "华南"];

    public List<string> Tags { get; } = ["重点客户", "制造"];

    public List<AccountOption> AccountOptions { get; } = [];

    public Task<IReadOnlyList<OwnerOption>> AssignableOwnersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OwnerOption>>(Owners);

    public Task<IReadOnlyList<OwnerOption>> VisibleOwnersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OwnerOption>>(Owners);

    public Task<IReadOnlyList<string>> RegionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(Regions);

    public Task<IReadOnlyList<string>> TagsAsync(
        string? prefix, int limit = 20, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. Tags.Where(t => t.StartsWith(prefix ?? "", StringComparison.Ordinal))]);

    public Task<IReadOnlyList<AccountOption>> FindAccountsAsync(
        string? text, int limit = 20, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AccountOption>>(
            [.. AccountOptions.Where(a => a.Name.Contains(text ?? "", StringComparison.Ordinal))]);
}
