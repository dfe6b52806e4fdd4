namespace Crm.Infrastructure.Customers;

public enum SearchHitKind
{
    Account,
    Contact,
}

/// <summary>A search result: an account or a contact, with the account it belongs to.</summary>
public sealed record SearchHit(SearchHitKind Kind, Guid Id, string Title, string? Detail, Guid AccountId);

/// <summary>The global search box: visible accounts and contacts by name, phone or email.</summary>
public interface ICustomerSearch
{
    /// <summary>
    /// Up to <paramref name="limit"/> hits, accounts first, each list in pinyin order. Text
    /// shorter than two characters returns nothing (a single Chinese character matches too much).
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit = 10, CancellationToken cancellationToken = default);
}
