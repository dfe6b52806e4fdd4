using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;

namespace Crm.Web.Customers;

/// <summary>What the account dialog edits; turns into an <see cref="AccountInput"/> on save.</summary>
public sealed class AccountForm
{
    public string Name { get; set; } = "";

    public AccountKind Kind { get; set; } = AccountKind.Company;

    public Industry Industry { get; set; } = Industry.Other;

    public AccountTier Tier { get; set; } = AccountTier.Standard;

    public string? Region { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? City { get; set; }

    public string? Address { get; set; }

    public List<string> Tags { get; set; } = [];

    public Guid? OwnerId { get; set; }

    public AccountOption? Parent { get; set; }

    public static AccountForm From(AccountDetails details) => new()
    {
        Name = details.Profile.Name,
        Kind = details.Profile.Kind,
        Industry = details.Profile.Industry,
        Tier = details.Profile.Tier,
        Region = details.Profile.Region,
        Phone = details.Profile.Phone,
        Email = details.Profile.Email,
        Website = details.Profile.Website,
        City = details.Profile.City,
        Address = details.Profile.Address,
        Tags = [.. details.Tags],
        OwnerId = details.OwnerId,
        Parent = details.ParentAccountId is { } parentId
            ? new AccountOption(parentId, details.ParentName ?? "", null)
            : null,
    };

    public AccountInput ToInput() => new(
        new AccountProfile(Name, Kind, Industry, Tier, Region, Phone, Email, Website, City, Address),
        [.. Tags],
        OwnerId,
        Parent?.Id);

    /// <summary>Adds a tag unless it is blank or already there (ignoring case).</summary>
    public bool AddTag(string? tag) => AddTag(Tags, tag);

    public static bool AddTag(List<string> tags, string? tag)
    {
        var trimmed = tag?.Trim();
        if (string.IsNullOrEmpty(trimmed) || tags.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        tags.Add(trimmed);

        return true;
    }
}
