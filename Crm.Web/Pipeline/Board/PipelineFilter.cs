using System.Globalization;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;

namespace Crm.Web.Pipeline.Board;

/// <summary>Which expected-close days the pipeline screens show.</summary>
public enum ClosePeriod
{
    Any,
    ThisMonth,
    NextMonth,
    ThisQuarter,
    Custom,
}

public enum PipelineLayout
{
    Board,
    List,
}

/// <summary>
/// The filters of the board and the list, and which of the two is shown. Round-trips through
/// the URL query string, so a link reproduces the view; periods are resolved against the
/// reader's today, so "this month" stays this month in a bookmark.
/// </summary>
public sealed record PipelineFilter(
    Guid? OwnerId = null,
    Guid? TeamId = null,
    ClosePeriod Period = ClosePeriod.Any,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Text = null,
    PipelineLayout Layout = PipelineLayout.Board)
{
    private static readonly Dictionary<ClosePeriod, string> PeriodNames = new()
    {
        [ClosePeriod.ThisMonth] = "this-month",
        [ClosePeriod.NextMonth] = "next-month",
        [ClosePeriod.ThisQuarter] = "this-quarter",
        [ClosePeriod.Custom] = "custom",
    };

    public bool HasFilters =>
        OwnerId is not null || TeamId is not null || Period != ClosePeriod.Any || !string.IsNullOrWhiteSpace(Text);

    /// <summary>The filters cleared, the layout kept.</summary>
    public PipelineFilter Cleared => new(Layout: Layout);

    /// <summary>The inclusive range of expected-close days; open ends are null.</summary>
    public (DateOnly? From, DateOnly? To) CloseRange(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);

        return Period switch
        {
            ClosePeriod.ThisMonth => (month, month.AddMonths(1).AddDays(-1)),
            ClosePeriod.NextMonth => (month.AddMonths(1), month.AddMonths(2).AddDays(-1)),
            ClosePeriod.ThisQuarter => (quarter, quarter.AddMonths(3).AddDays(-1)),
            ClosePeriod.Custom => (From, To),
            _ => (null, null),
        };
    }

    public BoardCriteria ToCriteria(DateOnly today)
    {
        var (from, to) = CloseRange(today);

        return new BoardCriteria(OwnerId, TeamId, from, to, string.IsNullOrWhiteSpace(Text) ? null : Text.Trim());
    }

    /// <summary>Query-string values; defaults are null so they drop out of the URL.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["owner"] = OwnerId?.ToString(),
        ["team"] = TeamId?.ToString(),
        ["close"] = PeriodNames.GetValueOrDefault(Period),
        ["from"] = Period == ClosePeriod.Custom ? From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        ["to"] = Period == ClosePeriod.Custom ? To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        ["view"] = Layout == PipelineLayout.List ? "list" : null,
    };

    /// <summary>Reads the query-string values; anything unknown or malformed is ignored.</summary>
    public static PipelineFilter Parse(
        string? owner, string? team, string? close, string? from, string? to, string? text, string? view)
    {
        var period = PeriodNames.FirstOrDefault(p => p.Value == close?.Trim().ToLowerInvariant()).Key;

        return new PipelineFilter(
            Guid.TryParse(owner, out var ownerId) ? ownerId : null,
            Guid.TryParse(team, out var teamId) ? teamId : null,
            period,
            period == ClosePeriod.Custom ? Day(from) : null,
            period == ClosePeriod.Custom ? Day(to) : null,
            string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            view == "list" ? PipelineLayout.List : PipelineLayout.Board);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
