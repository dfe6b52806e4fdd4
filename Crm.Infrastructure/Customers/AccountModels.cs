using Crm.Domain.Customers;

namespace Crm.Infrastructure.Customers;

public enum AccountSort
{
    Name,
    Tier,
    City,
    Owner,
    Created,
}

/// <summary>Filters, order and page of the account grid. <see cref="Page"/> starts at 0.</summary>
public sealed record AccountQuery(
    string? Text = null,
    Industry? Industry = null,
    AccountTier? Tier = null,
    string? Region = null,
    Guid? OwnerId = null,
    string? Tag = null,
    AccountSort Sort = AccountSort.Name,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25);

public sealed record AccountRow(
    Guid Id,
    string Name,
    AccountKind Kind,
    Industry Industry,
    AccountTier Tier,
    string Region,
    string? City,
    string? Phone,
    Guid OwnerId,
    string OwnerName,
    IReadOnlyList<string> Tags,
    DateTime? LastActivityAt);

public sealed record AccountDetails(
    Guid Id,
    int Version,
    AccountProfile Profile,
    IReadOnlyList<string> Tags,
    Guid OwnerId,
    string OwnerName,
    Guid? ParentAccountId,
    string? ParentName,
    DateTime CreatedAt,
    bool CanEdit,
    bool CanLogActivities);

/// <summary>What a create or edit form submits. A null owner on create means "me".</summary>
public sealed record AccountInput(
    AccountProfile Profile,
    IReadOnlyList<string> Tags,
    Guid? OwnerId,
    Guid? ParentAccountId);
