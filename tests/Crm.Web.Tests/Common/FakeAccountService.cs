using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;

namespace Crm.Web.Tests.Common;

/// <summary>
/// Accounts held in memory. Records what components ask for; a test can make the next save
/// throw (<see cref="SaveError"/>) to see how the UI reacts.
/// </summary>
public sealed class FakeAccountService : IAccountService
{
    public List<AccountRow> Rows { get; } = [];

    public Dictionary<Guid, AccountDetails> Details { get; } = [];

    public List<AccountQuery> Queries { get; } = [];

    public List<AccountInput> Saved { get; } = [];

    public Exception? SaveError { get; set; }

    public Task<Page<AccountRow>> SearchAsync(AccountQuery query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        var items = Rows.Skip(query.Page * query.PageSize).Take(query.PageSize).ToList();

        return Task.FromResult(new Page<AccountRow>(items, Rows.Count));
    }

    public Task<AccountDetails> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Details.TryGetValue(id, out var details)
            ? Task.FromResult(details)
            : Task.FromException<AccountDetails>(new NotFoundException("Account", id));

    public Task<Guid> CreateAsync(AccountInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        Saved.Add(input);

        return Task.FromResult(Guid.CreateVersion7());
    }

    public Task UpdateAsync(
        Guid id, int expectedVersion, AccountInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        Saved.Add(input);

        return Task.CompletedTask;
    }

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        Task.FromResult(Details.Remove(id));

    public Task RestoreAsync(Guid id, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private void ThrowIfFailing()
    {
        if (SaveError is { } error)
        {
            throw error;
        }
    }
}
