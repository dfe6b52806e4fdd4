using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Analytics.Service;

/// <summary>A part of a service chart whose tickets a user opens by clicking it.</summary>
public abstract record ServiceSegment
{
    private ServiceSegment()
    {
    }

    /// <summary>The tickets opened in the period through the channel.</summary>
    public sealed record Channel(TicketChannel Value) : ServiceSegment;

    /// <summary>The tickets opened in the period in the category.</summary>
    public sealed record Category(TicketCategory Value) : ServiceSegment;

    /// <summary>The tickets opened in the period on the local weekday and hour (0–23).</summary>
    public sealed record HourOfWeek(DayOfWeek Day, int Hour) : ServiceSegment;

    /// <summary>The tickets unresolved at the end of the day.</summary>
    public sealed record BacklogDay(DateOnly Day) : ServiceSegment;

    /// <summary>
    /// The tickets rated <see cref="Rating"/> in the period while the agent holds them (null: back
    /// in a queue).
    /// </summary>
    public sealed record Satisfaction(Guid? AssigneeId, int Rating) : ServiceSegment;
}
