using Crm.Domain.Customers;

namespace Crm.Infrastructure.Customers;

public enum ContactSort
{
    Name,
    Account,
    Title,
}

/// <summary>
/// Filters, order and page of the contact list. <see cref="Text"/> matches name, phone,
/// mobile or email; <see cref="Page"/> starts at 0.
/// </summary>
public sealed record ContactQuery(
    string? Text = null,
    Guid? AccountId = null,
    ContactSort Sort = ContactSort.Name,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25);

public sealed record ContactRow(
    Guid Id,
    string Name,
    string? Title,
    string? Phone,
    string? Mobile,
    string? Email,
    string? WeChatId,
    bool IsPrimary,
    Guid AccountId,
    string AccountName,
    int Version);

/// <summary>One contact as its page shows it, with what the caller may do with it.</summary>
public sealed record ContactView(
    Guid Id,
    int Version,
    Guid AccountId,
    string AccountName,
    ContactDetails Details,
    bool IsPrimary,
    bool CanEdit,
    bool CanLogActivities);
