using Crm.Domain.Common;

namespace Crm.Domain.Sla;

/// <summary>
/// When a support organisation works: a time zone (IANA id such as Asia/Shanghai), weekly
/// working periods (split shifts allowed), holidays and extra working days on local dates. SLA
/// targets count only the working time it describes (<see cref="Schedule"/>). One calendar is
/// the default, used by policies that name none; which one is kept by the calendar service.
/// </summary>
public sealed class BusinessCalendar : AggregateRoot
{
    public const int MaxNameLength = 100;
    public const int MaxSpecialDays = 1000;

    private readonly List<WorkingShift> _shifts = [];
    private readonly List<SpecialDay> _specialDays = [];
    private BusinessSchedule? _schedule;

    private BusinessCalendar(Guid id)
        : base(id)
    {
        Name = "";
        TimeZoneId = "";
    }

    public string Name { get; private set; }

    public string TimeZoneId { get; private set; }

    /// <summary>The calendar used by policies that do not name one.</summary>
    public bool IsDefault { get; private set; }

    /// <summary>Weekly working periods, by weekday (Sunday first) then start.</summary>
    public IReadOnlyList<WorkingShift> Shifts =>
        [.. _shifts.OrderBy(s => s.Day).ThenBy(s => s.StartMinute)];

    /// <summary>Holidays and extra working days, by date.</summary>
    public IReadOnlyList<SpecialDay> SpecialDays => [.. _specialDays.OrderBy(d => d.Date)];

    /// <summary>
    /// Creates a calendar. Throws <see cref="DomainException"/> naming the field: Name, TimeZone,
    /// Shifts (none, overlapping) or Days (a date listed twice, too many).
    /// </summary>
    public static BusinessCalendar Create(
        Guid id, string name, string timeZoneId, IEnumerable<WorkingShift> shifts,
        IEnumerable<SpecialDay> specialDays, DateTime at)
    {
        var calendar = new BusinessCalendar(id);
        calendar.Apply(name, timeZoneId, shifts, specialDays);
        calendar.Record(new BusinessCalendarChanged(id, 1, Clock.Utc(at), false));

        return calendar;
    }

    /// <summary>Replaces everything the editor shows, as one change; nothing changes when a rule fails.</summary>
    public void Update(
        string name, string timeZoneId, IEnumerable<WorkingShift> shifts, IEnumerable<SpecialDay> specialDays,
        DateTime at)
    {
        Apply(name, timeZoneId, shifts, specialDays);
        Changed(at);
    }

    /// <summary>Makes this the default calendar; the caller clears the flag on the previous default.</summary>
    public void MarkDefault(DateTime at) => SetDefault(true, at);

    public void ClearDefault(DateTime at) => SetDefault(false, at);

    /// <summary>
    /// Deletes the calendar. The default calendar cannot be deleted ("Calendar.default"): make
    /// another one the default first. Whether policies still use it is for the caller to check.
    /// </summary>
    public void Delete(DateTime at)
    {
        if (IsDefault)
        {
            throw new DomainException("Calendar.default", "The default calendar cannot be deleted.");
        }

        MarkDeleted(at);
        Changed(at);
    }

    /// <summary>The working-time arithmetic of the calendar as it is now.</summary>
    public BusinessSchedule Schedule() => _schedule ??= new BusinessSchedule(TimeZoneId, _shifts, _specialDays);

    /// <inheritdoc cref="BusinessSchedule.AddWorkingTime"/>
    public DateTime AddWorkingTime(DateTime startUtc, TimeSpan duration) =>
        Schedule().AddWorkingTime(startUtc, duration);

    /// <inheritdoc cref="BusinessSchedule.WorkingTimeBetween"/>
    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc) =>
        Schedule().WorkingTimeBetween(fromUtc, toUtc);

    private void Apply(
        string name, string timeZoneId, IEnumerable<WorkingShift> shifts, IEnumerable<SpecialDay> specialDays)
    {
        var shiftList = shifts.Select(s => new WorkingShift(s.Day, s.StartMinute, s.EndMinute)).ToList();
        var dayList = specialDays.Select(d => new SpecialDay(d.Date, d.Kind, d.Name, d.WorksAs)).ToList();
        var cleanName = Guard.Required(name, nameof(Name), MaxNameLength);
        if (dayList.Count > MaxSpecialDays)
        {
            throw new DomainException("Days.limit", $"A calendar lists at most {MaxSpecialDays} days.", "Days");
        }

        // Building the schedule checks the zone, overlaps and duplicates before anything changes.
        var schedule = new BusinessSchedule(timeZoneId, shiftList, dayList);
        Name = cleanName;
        TimeZoneId = schedule.TimeZoneId;
        _shifts.Clear();
        _shifts.AddRange(shiftList);
        _specialDays.Clear();
        _specialDays.AddRange(dayList);
        _schedule = schedule;
    }

    private void SetDefault(bool isDefault, DateTime at)
    {
        if (IsDefault == isDefault)
        {
            return;
        }

        IsDefault = isDefault;
        Changed(at);
    }

    private void Changed(DateTime at) =>
        Record(new BusinessCalendarChanged(Id, NextVersion, Clock.Utc(at), IsDefault));
}

/// <summary>A calendar was created or changed: cached schedules and computed deadlines are stale.</summary>
public sealed record BusinessCalendarChanged(Guid AggregateId, int Version, DateTime OccurredAt, bool IsDefault)
    : IDomainEvent;
