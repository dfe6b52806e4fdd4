using Crm.Domain.Common;
using Crm.Domain.Sla;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Sla;

namespace Crm.Web.Tests.Sla;

/// <summary>
/// Calendars in memory. Saves go through the domain's checks, so a bad draft fails as it would
/// in the service; <see cref="Failure"/> makes the next save throw instead.
/// </summary>
public sealed class FakeSlaCalendarService : ISlaCalendarService
{
    public List<CalendarView> Calendars { get; } = [];

    public List<CalendarInput> Saved { get; } = [];

    public Exception? Failure { get; set; }

    public Task<IReadOnlyList<CalendarSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CalendarSummary>>(
        [
            .. Calendars.Select(c => new CalendarSummary(
                c.Id, c.Version, c.Name, c.TimeZoneId, c.IsDefault,
                (int)c.Shifts.Sum(s => (s.End - s.Start).TotalMinutes),
                c.Days.Count(d => d.Kind == SpecialDayKind.Holiday),
                c.Days.Count(d => d.Kind == SpecialDayKind.WorkingDay), 0)),
        ]);

    public Task<CalendarView> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Calendars.SingleOrDefault(c => c.Id == id) ?? throw new NotFoundException("SlaCalendar", id));

    public Task<CalendarView> CreateAsync(CalendarInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(Guid.NewGuid(), 0, input);

    public Task<CalendarView> UpdateAsync(
        Guid id, int expectedVersion, CalendarInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(id, expectedVersion, input);

    public Task<CalendarView> MakeDefaultAsync(
        Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public DateTime PreviewDeadline(CalendarInput draft, DateTime openedAtUtc, int targetMinutes) =>
        Build(Guid.NewGuid(), draft).AddWorkingTime(openedAtUtc, TimeSpan.FromMinutes(targetMinutes));

    public static CalendarView Shanghai(string name = "中国大陆工作日") =>
        new(Guid.NewGuid(), 3, name, "Asia/Shanghai", true,
        [
            .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .SelectMany(d => new[]
                {
                    new ShiftInput(d, TimeSpan.FromHours(9), TimeSpan.FromHours(12)),
                    new ShiftInput(d, TimeSpan.FromHours(13.5), TimeSpan.FromHours(18)),
                }),
        ],
        [new SpecialDayInput(new DateOnly(2026, 10, 1), SpecialDayKind.Holiday, "国庆节")]);

    private Task<CalendarView> SaveAsync(Guid id, int version, CalendarInput input)
    {
        if (Failure is { } failure)
        {
            Failure = null;
            throw failure;
        }

        var calendar = Build(id, input);
        Saved.Add(input);
        var view = new CalendarView(
            id, version + 1, calendar.Name, calendar.TimeZoneId, false, input.Shifts, input.Days);
        Calendars.RemoveAll(c => c.Id == id);
        Calendars.Add(view);

        return Task.FromResult(view);
    }

    private static BusinessCalendar Build(Guid id, CalendarInput input) =>
        BusinessCalendar.Create(
            id, input.Name, input.TimeZoneId,
            input.Shifts.Select(s => WorkingShift.Of(s.Day, s.Start, s.End)),
            input.Days.Select(d => new SpecialDay(d.Date, d.Kind, d.Name, d.WorksAs)), DateTime.UtcNow);
}
