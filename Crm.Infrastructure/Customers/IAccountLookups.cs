namespace Crm.Infrastructure.Customers;

/// <summary>A user who can own accounts, as a picker or filter shows them.</summary>
public sealed record OwnerOption(Guid Id, string Name);

/// <summary>An account as a picker shows it (the parent-account autocomplete).</summary>
public sealed record AccountOption(Guid Id, string Name, string? City);

/// <summary>
/// The choices the account screens offer: owners, regions, tags and parent accounts. Every
/// list applies customer visibility, so it never names a record the caller may not see.
/// </summary>
public interface IAccountLookups
{
    /// <summary>
    /// Active users the caller may make an account's owner: every active user for admins, the
    /// members of their own and managed teams for sales roles, nobody for read-only roles (so an
    /// empty list also means "may not create accounts"). Ordered by name.
    /// </summary>
    Task<IReadOnlyList<OwnerOption>> AssignableOwnersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Users whose accounts the caller can see, for the owner filter: everyone for roles that see
    /// all customers, otherwise the caller's team scope. Includes inactive users. Ordered by name.
    /// </summary>
    Task<IReadOnlyList<OwnerOption>> VisibleOwnersAsync(CancellationToken cancellationToken = default);

    /// <summary>Distinct non-empty regions of the visible accounts, at most 200, in pinyin order.</summary>
    Task<IReadOnlyList<string>> RegionsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Distinct tags of the visible accounts starting with <paramref name="prefix"/> (all tags when
    /// it is empty), at most <paramref name="limit"/> (clamped to 1..100), in ordinal order. Tags
    /// are collected from at most 500 matching accounts, so a rare tag may be missing from a
    /// list without a prefix; typing its first characters finds it.
    /// </summary>
    Task<IReadOnlyList<string>> TagsAsync(
        string? prefix, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// Visible accounts whose name contains <paramref name="text"/> (the first ones in pinyin order
    /// when it is empty), at most <paramref name="limit"/> (clamped to 1..50).
    /// </summary>
    Task<IReadOnlyList<AccountOption>> FindAccountsAsync(
        string? text, int limit = 20, CancellationToken cancellationToken = default);
}
