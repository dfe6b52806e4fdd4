using Crm.Domain.Forecasting;

namespace Crm.Domain.Analytics;

/// <summary>
/// Days from <see cref="Start"/> up to but not including <see cref="End"/>, in the organisation's
/// time zone.
/// </summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public static DateRange Of(FiscalPeriod period) => new(period.Start, period.End);

    public bool Contains(DateOnly day) => day >= Start && day < End;

    /// <summary>
    /// Whether the instant <paramref name="utc"/> falls on a day of the range in <paramref name="zone"/>.
    /// </summary>
    public bool Contains(DateTime utc, TimeZoneInfo zone) => Contains(LocalDay(utc, zone));

    public static DateOnly LocalDay(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
}
