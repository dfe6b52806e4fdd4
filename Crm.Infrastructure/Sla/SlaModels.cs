using Crm.Domain.Customers;
using Crm.Domain.Sla;

namespace Crm.Infrastructure.Sla;

/// <summary>One working period of a weekday, as wall-clock times; an end of 24:00 is 24 hours.</summary>
public sealed record ShiftInput(DayOfWeek Day, TimeSpan Start, TimeSpan End);

/// <summary>A holiday or an extra working day; <see cref="WorksAs"/> only matters for a working day.</summary>
public sealed record SpecialDayInput(
    DateOnly Date, SpecialDayKind Kind, string? Name, DayOfWeek WorksAs = DayOfWeek.Monday);

/// <summary>What the calendar editor submits: the whole calendar.</summary>
public sealed record CalendarInput(
    string Name, string TimeZoneId, IReadOnlyList<ShiftInput> Shifts, IReadOnlyList<SpecialDayInput> Days);

/// <summary>A calendar as the editor shows it.</summary>
public sealed record CalendarView(
    Guid Id, int Version, string Name, string TimeZoneId, bool IsDefault,
    IReadOnlyList<ShiftInput> Shifts, IReadOnlyList<SpecialDayInput> Days)
{
    public CalendarInput ToInput() => new(Name, TimeZoneId, Shifts, Days);
}

/// <summary>A row of the calendar list.</summary>
public sealed record CalendarSummary(
    Guid Id, int Version, string Name, string TimeZoneId, bool IsDefault, int WeeklyMinutes,
    int Holidays, int WorkingDays, int Policies);

/// <summary>What the policy form submits for one cell of the grid.</summary>
public sealed record PolicyInput(
    int FirstResponseMinutes, int ResolutionMinutes, Guid? CalendarId,
    int AtRiskPercent = SlaPolicy.DefaultAtRiskPercent);

/// <summary>
/// One policy: a cell of the priority × tier grid. <see cref="CalendarId"/> null means the
/// default calendar; <see cref="CalendarName"/> is the calendar actually used.
/// </summary>
public sealed record PolicyView(
    Guid Id, int Version, SlaPriority Priority, AccountTier? Tier, int FirstResponseMinutes,
    int ResolutionMinutes, Guid? CalendarId, string CalendarName, int AtRiskPercent)
{
    public SlaTargets Targets => new(FirstResponseMinutes, ResolutionMinutes, AtRiskPercent);
}

/// <summary>
/// The policy a ticket of a priority and tier gets and the calendar its clocks count on.
/// <see cref="Schedule"/> is immutable and safe to keep.
/// </summary>
public sealed record SlaAssignment(PolicyView Policy, Guid CalendarId, string CalendarName, BusinessSchedule Schedule);
