using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;

namespace Crm.Web.Customers;

/// <summary>
/// What the account list is filtered and sorted by; round-trips through the URL query string
/// so a link or a reload shows the same list.
/// </summary>
public sealed record AccountFilter(
    string? Text = null,
    Industry? Industry = null,
    AccountTier? Tier = null,
    string? Region = null,
    Guid? OwnerId = null,
    string? Tag = null,
    AccountSort Sort = AccountSort.Name,
    bool Descending = false)
{
    public bool HasFilters =>
        !string.IsNullOrWhiteSpace(Text) || Industry is not null || Tier is not null
        || !string.IsNullOrEmpty(Region) || OwnerId is not null || !string.IsNullOrEmpty(Tag);

    public AccountQuery ToQuery(int page, int pageSize) =>
        new(Text, Industry, Tier, Region, OwnerId, Tag, Sort, Descending, page, pageSize);

    /// <summary>Query-string values; defaults are null so they drop out of the URL.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        ["industry"] = Lower(Industry),
        ["tier"] = Lower(Tier),
        ["region"] = string.IsNullOrEmpty(Region) ? null : Region,
        ["owner"] = OwnerId?.ToString(),
        ["tag"] = string.IsNullOrEmpty(Tag) ? null : Tag,
        ["sort"] = Sort == AccountSort.Name ? null : Sort.ToString().ToLowerInvariant(),
        ["desc"] = Descending ? "true" : null,
    };

    /// <summary>Reads the query-string values; anything unknown or malformed is ignored.</summary>
    public static AccountFilter Parse(
        string? text, string? industry, string? tier, string? region, string? owner, string? tag, string? sort,
        string? descending) =>
        new(
            string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            ParseEnum<Industry>(industry),
            ParseEnum<AccountTier>(tier),
            string.IsNullOrWhiteSpace(region) ? null : region,
            Guid.TryParse(owner, out var ownerId) ? ownerId : null,
            string.IsNullOrWhiteSpace(tag) ? null : tag,
            ParseEnum<AccountSort>(sort) ?? AccountSort.Name,
            bool.TryParse(descending, out var desc) && desc);

    private static string? Lower<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value?.ToString().ToLowerInvariant();

    private static TEnum? ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrEmpty(value) && !char.IsAsciiDigit(value[0]) && !value.StartsWith('-')
            && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;
}
