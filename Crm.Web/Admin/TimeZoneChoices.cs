namespace Crm.Web.Admin;

/// <summary>The time zones offered in forms: where our customers' teams work, plus the current value.</summary>
internal static class TimeZoneChoices
{
    private static readonly string[] Common =
    [
        "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Asia/Seoul",
        "Asia/Kolkata", "Asia/Dubai", "Europe/London", "Europe/Paris", "Europe/Berlin", "America/New_York",
        "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "Australia/Sydney", "UTC",
    ];

    public static IReadOnlyList<string> For(string? current) =>
        string.IsNullOrEmpty(current) || Common.Contains(current) ? Common : [current, .. Common];

    /// <summary>"(UTC+08:00) Asia/Shanghai": the offset now, then the id.</summary>
    public static string Label(string id)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return id;
        }

        var offset = zone.GetUtcOffset(DateTime.UtcNow);
        var sign = offset < TimeSpan.Zero ? "-" : "+";

        return $"(UTC{sign}{offset:hh\\:mm}) {id}";
    }
}
