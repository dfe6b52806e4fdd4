using Crm.Domain.Customers;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;

namespace Crm.Web.Tests.Contacts;

/// <summary>Keeps contacts in a list and records creates and updates.</summary>
public sealed class FakeContactService : IContactService
{
    public List<ContactRow> Rows { get; } = [];

    public List<(Guid AccountId, ContactDetails Details)> Created { get; } = [];

    public List<(Guid Id, int Version, ContactDetails Details)> Updated { get; } = [];

    /// <summary>When set, the next save throws it (a conflict, a domain error).</summary>
    public Exception? FailNextSave { get; set; }

    public Task<Page<ContactRow>> SearchAsync(ContactQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Page<ContactRow>(
            Rows.Skip(query.Page * query.PageSize).Take(query.PageSize).ToList(), Rows.Count));

    public Task<IReadOnlyList<ContactRow>> ListByAccountAsync(
        Guid accountId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ContactRow>>(Rows.Where(r => r.AccountId == accountId).ToList());

    public Task<ContactView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = Rows.SingleOrDefault(r => r.Id == id) ?? throw new NotFoundException("Contact", id);

        return Task.FromResult(new ContactView(
            row.Id, row.Version, row.AccountId, row.AccountName,
            new ContactDetails(row.Name, row.Title, row.Phone, row.Mobile, row.Email, row.WeChatId),
            row.IsPrimary, true, true));
    }

    public Task<Guid> CreateAsync(Guid accountId, ContactDetails details, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        Created.Add((accountId, details));
        var row = Row(accountId, details.Name);
        Rows.Add(row);

        return Task.FromResult(row.Id);
    }

    public Task UpdateAsync(
        Guid id, int expectedVersion, ContactDetails details, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        Updated.Add((id, expectedVersion, details));

        return Task.CompletedTask;
    }

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        Rows.RemoveAll(r => r.Id == id);

        return Task.CompletedTask;
    }

    public Task RestoreAsync(Guid id, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task MarkPrimaryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            Rows[i] = Rows[i] with { IsPrimary = Rows[i].Id == id };
        }

        return Task.CompletedTask;
    }

    public static ContactRow Row(Guid accountId, string name, bool isPrimary = false) =>
        new(Guid.CreateVersion7(), name, "采购经理", "021-5555 0101", "13800138000", "li@example.com", "li_wx",
            isPrimary, accountId, "华东制造", 1);

    private void ThrowIfFailing()
    {
        if (FailNextSave is { } error)
        {
            FailNextSave = null;
            throw error;
        }
    }
}
