using Crm.Domain.Forecasting;

namespace Crm.Web.Periods;

/// <summary>How a picked period goes into a page's address.</summary>
public static class PeriodAddress
{
    /// <summary>
    /// The period's key, or none for the period holding <paramref name="today"/>: a bookmarked
    /// page then keeps showing the current period as time passes.
    /// </summary>
    public static string? KeyOf(FiscalPeriod period, DateOnly? today) =>
        today is { } day && period.Contains(day) ? null : period.Key;
}
