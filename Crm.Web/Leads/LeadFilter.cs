using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;
using Crm.Web.Common;

namespace Crm.Web.Leads;

/// <summary>How far back the lead list looks, counted in the user's own days.</summary>
public enum LeadPeriod
{
    Any,
    Today,
    Last7Days,
    Last30Days,
    Last90Days,
}

/// <summary>
/// What the lead list is filtered and sorted by; round-trips through the URL query string so a
/// link or a reload shows the same list. Newest first unless sorted otherwise.
/// </summary>
public sealed record LeadFilter(
    string? Text = null,
    LeadStatus? Status = null,
    LeadSource? Source = null,
    Guid? OwnerId = null,
    Guid? QueueTeamId = null,
    LeadPeriod Period = LeadPeriod.Any,
    LeadSort Sort = LeadSort.Received,
    bool Descending = true)
{
    public bool HasFilters =>
        !string.IsNullOrWhiteSpace(Text) || Status is not null || Source is not null || OwnerId is not null
        || QueueTeamId is not null || Period != LeadPeriod.Any;

    public bool IsDefaultSort => Sort == LeadSort.Received && Descending;

    /// <summary>The query for one page; the period starts at midnight in <paramref name="zone"/>.</summary>
    internal LeadQuery ToQuery(int page, int pageSize, UserTimeZone zone) =>
        new(Text, Status, Source, OwnerId, QueueTeamId, From(zone), null, Sort, Descending, page, pageSize);

    /// <summary>Query-string values; defaults are null so they drop out of the URL.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        ["status"] = Lower(Status),
        ["source"] = Lower(Source),
        ["owner"] = OwnerId?.ToString(),
        ["queue"] = QueueTeamId?.ToString(),
        ["period"] = Period == LeadPeriod.Any ? null : Period.ToString().ToLowerInvariant(),
        ["sort"] = IsDefaultSort ? null : Sort.ToString().ToLowerInvariant(),
        ["desc"] = IsDefaultSort ? null : Descending ? "true" : "false",
    };

    /// <summary>Reads the query-string values; anything unknown or malformed is ignored.</summary>
    public static LeadFilter Parse(
        string? text, string? status, string? source, string? owner, string? queue, string? period, string? sort,
        string? descending)
    {
        var parsedSort = ParseEnum<LeadSort>(sort);

        return new LeadFilter(
            string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            ParseEnum<LeadStatus>(status),
            ParseEnum<LeadSource>(source),
            Guid.TryParse(owner, out var ownerId) ? ownerId : null,
            Guid.TryParse(queue, out var queueId) ? queueId : null,
            ParseEnum<LeadPeriod>(period) ?? LeadPeriod.Any,
            parsedSort ?? LeadSort.Received,
            parsedSort is null || !bool.TryParse(descending, out var desc) || desc);
    }

    private DateTime? From(UserTimeZone zone)
    {
        var days = Period switch
        {
            LeadPeriod.Today => 0,
            LeadPeriod.Last7Days => 6,
            LeadPeriod.Last30Days => 29,
            LeadPeriod.Last90Days => 89,
            _ => (int?)null,
        };

        return days is { } back ? zone.ToUtc(zone.Now.Date.AddDays(-back)) : null;
    }

    private static string? Lower<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value?.ToString().ToLowerInvariant();

    private static TEnum? ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrEmpty(value) && !char.IsAsciiDigit(value[0]) && !value.StartsWith('-')
            && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;
}
