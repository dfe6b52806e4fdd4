namespace Crm.Infrastructure.Analytics.Sales;

/// <summary>A part of a sales chart whose records a user opens by clicking it.</summary>
public abstract record SalesSegment
{
    private SalesSegment()
    {
    }

    /// <summary>The period's opportunities that reached the stage.</summary>
    public sealed record FunnelStep(Guid StageId) : SalesSegment;

    /// <summary>The opportunities of a rep won or lost in the period, or open and expected in it.</summary>
    public sealed record Rep(Guid OwnerId) : SalesSegment;

    /// <summary>The opportunities lost in the period for the reason (empty: without one).</summary>
    public sealed record LostReason(string Reason) : SalesSegment;
}
