using Crm.Domain.Customers;

namespace Crm.Infrastructure.Analytics.Customers;

/// <summary>A part of a customer chart whose accounts a user opens by clicking it.</summary>
public abstract record CustomerSegment
{
    private CustomerSegment()
    {
    }

    /// <summary>The customers of the tier as of the figures' day.</summary>
    public sealed record Tier(AccountTier Value) : CustomerSegment;
}
