using Crm.Domain.Forecasting;
using Crm.Domain.Organization;
using Crm.Domain.Pipeline;
using Crm.Domain.Targets;
using Crm.Domain.Teams;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Targets for every sales rep: this month and the two before it, this quarter and the one
/// before. A rep's quarterly amount is a fifth above what they won in an average quarter of the
/// last year (in yuan, to the nearest ¥50,000, at least ¥300,000); a month is a third of it.
/// Counts follow the same way; activities are 40 a month. Teams take the sum of their reps.
/// </summary>
internal static class DemoTargets
{
    private const decimal Stretch = 1.2m;
    private const int ActivitiesPerMonth = 40;

    public static List<Target> Build(
        DateTime nowUtc, OrganizationSettings organization, List<Opportunity> opportunities)
    {
        var calendar = new FiscalCalendar(organization.FiscalYearStartMonth);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(
            nowUtc, TimeZoneInfo.FindSystemTimeZoneById(organization.DefaultTimeZone)));
        var admin = DemoRoster.Users.First(u => u.Role == Roles.Admin).Id;
        var periods = Periods(calendar, today);
        var targets = new List<Target>();
        foreach (var rep in DemoRoster.Users.Where(u => u.Role == Roles.SalesRep))
        {
            var won = opportunities.Where(o => o.OwnerId == rep.Id && o.Status == OpportunityStatus.Won
                && o.ClosedOn >= today.AddYears(-1) && o.Currency == organization.BaseCurrency).ToList();
            var averageQuarter = won.Sum(o => o.AmountMinorUnits) / 100m / 4;
            var quarterAmount = Math.Max(300_000m, Round(averageQuarter * Stretch, 50_000m));
            var quarterCount = Math.Max(2, (int)Math.Ceiling(won.Count / 4m * Stretch));
            foreach (var period in periods)
            {
                var share = period.Kind == PeriodKind.Month ? 3 : 1;
                var figures = new (TargetMeasure Measure, decimal Figure)[]
                {
                    (TargetMeasure.WonAmount, Round(quarterAmount / share, 10_000m)),
                    (TargetMeasure.WonCount, Math.Ceiling((decimal)quarterCount / share)),
                    (TargetMeasure.ActivityCount, ActivitiesPerMonth * 3 / share),
                };
                targets.AddRange(figures.Select(f => Target.Set(
                    DeterministicGuid.From("demo:target", $"{rep.Email}/{period.Key}/{f.Measure}"), period,
                    TargetSubject.Rep(rep.Id), TargetSubjectState.Active, f.Measure,
                    TargetValue.Of(f.Measure, f.Figure, organization.BaseCurrency), admin, nowUtc)));
            }
        }

        return targets;
    }

    private static List<FiscalPeriod> Periods(FiscalCalendar calendar, DateOnly today)
    {
        var month = calendar.PeriodContaining(today, PeriodKind.Month);
        var quarter = calendar.PeriodContaining(today, PeriodKind.Quarter);

        return [month, calendar.Previous(month), calendar.Previous(calendar.Previous(month)), quarter,
            calendar.Previous(quarter)];
    }

    private static decimal Round(decimal amount, decimal step) =>
        Math.Round(amount / step, MidpointRounding.AwayFromZero) * step;
}
