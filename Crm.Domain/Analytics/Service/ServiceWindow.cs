using Crm.Domain.Common;

namespace Crm.Domain.Analytics.Service;

/// <summary>
/// The days a service figure covers: whole days <see cref="From"/> to <see cref="To"/>, both
/// included, in the organisation's time zone. A moment belongs to the window when it falls on
/// or after the start of <see cref="From"/> and before the start of the day after
/// <see cref="To"/>, local time.
/// </summary>
public sealed record ServiceWindow
{
    /// <summary>Throws <see cref="DomainException"/> (field "To") when the window ends before it starts.</summary>
    public ServiceWindow(DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (to < from)
        {
            throw new DomainException("Window.order", "The last day comes before the first.", "To");
        }

        (From, To, Zone) = (from, to, zone);
        StartUtc = StartOf(from);
        EndUtc = StartOf(to.AddDays(1));
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The first instant of the window (UTC).</summary>
    public DateTime StartUtc { get; }

    /// <summary>The first instant after the window (UTC).</summary>
    public DateTime EndUtc { get; }

    /// <summary>Every day of the window, in order.</summary>
    public IEnumerable<DateOnly> Days =>
        Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays);

    public bool Contains(DateTime? utc) => utc is { } at && at >= StartUtc && at < EndUtc;

    /// <summary>The local wall time of a UTC moment.</summary>
    public DateTime LocalOf(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// The first instant of <paramref name="day"/> in UTC; in a zone whose clocks skip midnight
    /// the day starts at its first wall time that exists.
    /// </summary>
    public DateTime StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
