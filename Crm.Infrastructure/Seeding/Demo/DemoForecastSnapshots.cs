using Crm.Domain.Currencies;
using Crm.Domain.Forecasting;
using Crm.Domain.Organization;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The weekly forecast snapshots the schedule would have taken had the demo been running: for
/// the current and the previous fiscal quarter and their months, one at midnight (the
/// organisation's time zone) on the period's first day and on every Monday after it, up to today.
/// Each is rebuilt from the opportunities' exact stage histories as they stood at that moment
/// (stage, forecast category, status, close day and the stage's probability; the override only
/// once the opportunity sat in the stage it has now). Amounts, expected close dates and owners
/// are today's: the seed writes no history of those, so an opportunity weighs what it weighs now.
/// </summary>
internal static class DemoForecastSnapshots
{
    public static List<ForecastSnapshot> Build(
        DateTime nowUtc, OrganizationSettings organization, IEnumerable<SalesPipeline> pipelines,
        IEnumerable<User> users, IEnumerable<ExchangeRate> rates, IReadOnlyList<Opportunity> opportunities)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(organization.DefaultTimeZone);
        var today = ForecastTrend.DayOf(nowUtc, zone);
        var converter = new CurrencyConverter(organization.BaseCurrency, today,
            rates.Select(r => new RatePoint(r.Currency, r.EffectiveDate, r.Rate)));
        var stages = pipelines.SelectMany(p => p.Stages).ToDictionary(s => s.Id);
        var teamOf = users.ToDictionary(u => u.Id, u => (Guid?)u.TeamId);
        var histories = opportunities
            .Select(o => new History(o, [.. o.RecordedStageChanges.OrderBy(c => c.Sequence)], BaseAmount(o, converter)))
            .ToList();

        var snapshots = new List<ForecastSnapshot>();
        foreach (var (period, index) in Periods(new FiscalCalendar(organization.FiscalYearStartMonth), today))
        {
            var days = TakingDays(period, today).ToList();
            for (var n = 0; n < days.Count; n++)
            {
                var at = Midnight(days[n], zone);
                var lines = histories.Select(h => h.LineAt(at, stages, teamOf, zone)).OfType<ForecastSnapshotLine>();
                var id = DeterministicGuid.From("demo:forecast-snapshot", $"{period.Kind}/{index}/{n}");
                snapshots.Add(ForecastSnapshot.Rebuild(id, period, at, days[n], lines));
            }
        }

        return snapshots;
    }

    // The current and the previous quarter, and the months of both that have begun; each named by
    // how many periods ago it is, so snapshot ids do not move with the calendar.
    private static IEnumerable<(FiscalPeriod Period, int Index)> Periods(FiscalCalendar calendar, DateOnly today)
    {
        var quarter = calendar.PeriodContaining(today, PeriodKind.Quarter);
        var previous = calendar.Previous(quarter);
        var month = calendar.PeriodContaining(today, PeriodKind.Month);
        var months = new List<(FiscalPeriod, int)>();
        for (var (m, i) = (month, 0); m.Start >= previous.Start; m = calendar.Previous(m), i++)
        {
            months.Add((m, i));
        }

        return [(quarter, 0), (previous, 1), .. months];
    }

    private static IEnumerable<DateOnly> TakingDays(FiscalPeriod period, DateOnly today)
    {
        for (var day = period.Start; day < period.End && day <= today; day = day.AddDays(1))
        {
            if (day == period.Start || day.DayOfWeek == DayOfWeek.Monday)
            {
                yield return day;
            }
        }
    }

    private static DateTime Midnight(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);

    // Today's base amount, as the fact table converts it: today's rate while open, else the close day's.
    private static long? BaseAmount(Opportunity opportunity, CurrencyConverter converter) =>
        converter.TryToBase(opportunity.Amount, opportunity.IsClosed ? opportunity.ClosedOn : null)?.MinorUnits;

    private sealed record History(Opportunity Opportunity, List<StageChange> Changes, long? AmountBase)
    {
        public ForecastSnapshotLine? LineAt(
            DateTime at, Dictionary<Guid, Stage> stages, Dictionary<Guid, Guid?> teamOf, TimeZoneInfo zone)
        {
            var entered = Changes.LastOrDefault(c => c.MovedAt <= at);
            if (entered is null)
            {
                return null;
            }

            var stage = stages[entered.ToStageId];
            var status = stage.Outcome switch
            {
                StageOutcome.Won => OpportunityStatus.Won,
                StageOutcome.Lost => OpportunityStatus.Lost,
                _ => OpportunityStatus.Open,
            };
            var current = entered == Changes[^1];
            var probability = Probability.Effective(current ? Opportunity.ProbabilityOverride : null,
                stage.DefaultProbability);

            return new ForecastSnapshotLine(
                Opportunity.Id, Opportunity.OwnerId, teamOf.GetValueOrDefault(Opportunity.OwnerId), stage.Id,
                stage.Category, status, AmountBase,
                AmountBase is { } amount ? Probability.Weigh(amount, probability) : null,
                Opportunity.ExpectedCloseDate,
                stage.IsClosing ? ForecastTrend.DayOf(entered.MovedAt, zone) : null);
        }
    }
}
