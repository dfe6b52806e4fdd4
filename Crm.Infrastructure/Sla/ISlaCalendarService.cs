using Crm.Domain.Common;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Sla;

/// <summary>
/// Business-hours calendars for SLA clocks. Anyone signed in reads them; only admins change
/// them (<see cref="ForbiddenException"/> otherwise). Exactly one calendar is the default once
/// any exists: the first one created becomes it, and it cannot be deleted. Changes are checked
/// against the version the editor loaded (<see cref="ConcurrencyConflictException"/> when stale).
/// </summary>
public interface ISlaCalendarService
{
    /// <summary>Every calendar, the default first, then by name.</summary>
    Task<IReadOnlyList<CalendarSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="NotFoundException"/> for an unknown or deleted id.</summary>
    Task<CalendarView> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a calendar. Throws <see cref="DomainException"/> naming the field: Name (missing, too
    /// long, "Name.taken" ignoring case), TimeZone, "Shifts" (none at all), "Shifts.Monday"…
    /// (a period that ends before it starts, overlapping periods), Days (a date twice).
    /// </summary>
    Task<CalendarView> CreateAsync(CalendarInput input, CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole calendar, with the same checks as <see cref="CreateAsync"/>.</summary>
    Task<CalendarView> UpdateAsync(
        Guid id, int expectedVersion, CalendarInput input, CancellationToken cancellationToken = default);

    /// <summary>Makes the calendar the default, in the same save that takes the flag off the previous one.</summary>
    Task<CalendarView> MakeDefaultAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a calendar. Refused with <see cref="DomainException"/> for the default calendar
    /// ("Calendar.default") and for one that policies use ("Calendar.in-use").
    /// </summary>
    Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// The deadline a ticket opened at <paramref name="openedAtUtc"/> with a target of
    /// <paramref name="targetMinutes"/> working minutes would get on the calendar as drafted,
    /// saved or not. Throws <see cref="DomainException"/> for a draft that would not save and for
    /// a target that is not positive (field "Target").
    /// </summary>
    DateTime PreviewDeadline(CalendarInput draft, DateTime openedAtUtc, int targetMinutes);
}
