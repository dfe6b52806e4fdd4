namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>Settings of the live boards, section <c>Pipeline:Board</c> of appsettings.json.</summary>
public sealed class BoardOptions
{
    public const string Section = "Pipeline:Board";

    /// <summary>
    /// How many calendar months of won and lost opportunities the Won and Lost columns show,
    /// counting the current month: 2 (the default) is this month and the previous one.
    /// </summary>
    public int ClosedMonths { get; set; } = 2;

    /// <summary>
    /// How long the exchange rates (and the organisation's "today" that picks them) are kept
    /// before the boards load them again; a rate saved meanwhile takes effect at once anyway.
    /// </summary>
    public TimeSpan RatesMaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The first day whose closed opportunities a board still holds.</summary>
    public DateOnly ClosedSince(DateOnly today)
    {
        var months = Math.Max(ClosedMonths, 1) - 1;

        return new DateOnly(today.Year, today.Month, 1).AddMonths(-months);
    }
}
