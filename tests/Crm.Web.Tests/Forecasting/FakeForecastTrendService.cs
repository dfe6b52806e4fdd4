using Crm.Domain.Forecasting;
using Crm.Infrastructure.Forecasting;

namespace Crm.Web.Tests.Forecasting;

/// <summary>
/// The trend as a test sets it (<see cref="View"/>, none by default: only the live point), for the
/// period the page asks; records each request.
/// </summary>
public sealed class FakeForecastTrendService : IForecastTrendService
{
    private static readonly FiscalCalendar Calendar = new(4);

    public Func<FiscalPeriod, ForecastTrendView>? View { get; set; }

    public List<(string PeriodKey, ForecastTrendScope Scope)> Requests { get; } = [];

    public Task<ForecastTrendView> GetAsync(
        string periodKey, ForecastTrendScope scope, CancellationToken cancellationToken = default)
    {
        Requests.Add((periodKey, scope));
        var period = Calendar.Parse(periodKey)!;

        return Task.FromResult(View?.Invoke(period) ?? new ForecastTrendView(period, "CNY", null, 0,
            [new ForecastTrendPoint(new DateOnly(2026, 5, 11), DateTime.UnixEpoch, true, ForecastFigures.Zero)]));
    }
}
