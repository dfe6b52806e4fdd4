using Crm.Domain.Common;

namespace Crm.Domain.Organization;

/// <summary>
/// The one set of company-wide settings: the currency reports convert to, the time zone
/// used where a user has none, when the fiscal year starts and which days are worked.
/// </summary>
public sealed class OrganizationSettings : AggregateRoot
{
    public static readonly Guid SingletonId = new("00000000-0000-0000-0000-000000000001");

    public OrganizationSettings(string name, string baseCurrency, string defaultTimeZone)
        : base(SingletonId)
    {
        Rename(name);
        ChangeBaseCurrency(baseCurrency);
        ChangeDefaultTimeZone(defaultTimeZone);
        FiscalYearStartMonth = 1;
        WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        WorkdayStart = new TimeOnly(9, 0);
        WorkdayEnd = new TimeOnly(18, 0);
    }

    public string Name { get; private set; } = "";

    /// <summary>ISO 4217 code that reports, forecasts and targets convert to.</summary>
    public string BaseCurrency { get; private set; } = "CNY";

    /// <summary>IANA time zone id, used for users without one of their own.</summary>
    public string DefaultTimeZone { get; private set; } = "Asia/Shanghai";

    /// <summary>Month (1–12) in which the fiscal year starts.</summary>
    public int FiscalYearStartMonth { get; private set; }

    public List<DayOfWeek> WorkingDays { get; private set; }

    public TimeOnly WorkdayStart { get; private set; }

    public TimeOnly WorkdayEnd { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name), 200);

    public void ChangeBaseCurrency(string currency) => BaseCurrency = new Money(0, currency).Currency;

    public void ChangeDefaultTimeZone(string timeZoneId) => DefaultTimeZone = TimeZones.Require(timeZoneId);

    public void ChangeFiscalYearStart(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new DomainException("fiscal-month.range", "The fiscal year starts in a month from 1 to 12.",
                nameof(FiscalYearStartMonth));
        }

        FiscalYearStartMonth = month;
    }

    /// <summary>Sets the working week; at least one day, and the day must end after it starts.</summary>
    public void ChangeWorkingWeek(IEnumerable<DayOfWeek> days, TimeOnly start, TimeOnly end)
    {
        var distinct = days.Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            throw new DomainException("working-days.required", "At least one working day is required.",
                nameof(WorkingDays));
        }

        if (end <= start)
        {
            throw new DomainException("workday.order", "The working day must end after it starts.",
                nameof(WorkdayEnd));
        }

        WorkingDays = distinct;
        WorkdayStart = start;
        WorkdayEnd = end;
    }
}
