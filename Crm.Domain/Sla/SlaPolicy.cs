using Crm.Domain.Common;
using Crm.Domain.Customers;

namespace Crm.Domain.Sla;

/// <summary>
/// The targets a ticket of one priority gets, optionally only for accounts of one tier: a
/// first-response and a resolution target in working minutes of a calendar (the default
/// calendar when none is named) and the share of the allowed time, at the end, in which the
/// clock counts as at risk. A policy for the ticket's tier wins over the policy for any tier.
/// Priority and tier are the policy's cell in the policy grid and never change; at most one
/// policy exists per cell, which the policy service enforces.
/// </summary>
public sealed class SlaPolicy : AggregateRoot
{
    /// <summary>One year of round-the-clock minutes: a larger target is a typing mistake.</summary>
    public const int MaxTargetMinutes = 366 * 24 * 60;

    public const int DefaultAtRiskPercent = 20;

    private SlaPolicy(Guid id)
        : base(id)
    {
    }

    public SlaPriority Priority { get; private set; }

    /// <summary>The account tier the policy is for; null for every tier without its own policy.</summary>
    public AccountTier? Tier { get; private set; }

    public int FirstResponseMinutes { get; private set; }

    public int ResolutionMinutes { get; private set; }

    /// <summary>Null: the default calendar.</summary>
    public Guid? CalendarId { get; private set; }

    /// <summary>1–99, or 0 for no at-risk warning.</summary>
    public int AtRiskPercent { get; private set; }

    public SlaTargets Targets => new(FirstResponseMinutes, ResolutionMinutes, AtRiskPercent);

    /// <summary>
    /// Creates the policy of a cell. Throws <see cref="DomainException"/> naming the field:
    /// Priority, Tier, FirstResponseMinutes or ResolutionMinutes (not 1..<see cref="MaxTargetMinutes"/>),
    /// AtRiskPercent (not 0..99).
    /// </summary>
    public static SlaPolicy Create(Guid id, SlaPriority priority, AccountTier? tier, SlaPolicyTerms terms, DateTime at)
    {
        if (!Enum.IsDefined(priority))
        {
            throw new DomainException("Priority.invalid", "Unknown priority.", nameof(Priority));
        }

        if (tier is { } value && !Enum.IsDefined(value))
        {
            throw new DomainException("Tier.invalid", "Unknown account tier.", nameof(Tier));
        }

        var policy = new SlaPolicy(id) { Priority = priority, Tier = tier };
        policy.Apply(terms);
        policy.Record(policy.ChangedEvent(1, at));

        return policy;
    }

    public void Update(SlaPolicyTerms terms, DateTime at)
    {
        Apply(terms);
        Record(ChangedEvent(NextVersion, at));
    }

    /// <summary>Removes the policy; tickets that were given its deadlines keep them.</summary>
    public void Delete(DateTime at)
    {
        MarkDeleted(at);
        Record(ChangedEvent(NextVersion, at));
    }

    /// <summary>Brings a deleted policy of the same cell back with new terms.</summary>
    public void Restore(SlaPolicyTerms terms, DateTime at)
    {
        Apply(terms);
        MarkRestored();
        Record(ChangedEvent(NextVersion, at));
    }

    private void Apply(SlaPolicyTerms terms)
    {
        SlaTargets.Check(terms.FirstResponseMinutes, nameof(FirstResponseMinutes));
        SlaTargets.Check(terms.ResolutionMinutes, nameof(ResolutionMinutes));
        SlaTargets.CheckAtRisk(terms.AtRiskPercent);
        FirstResponseMinutes = terms.FirstResponseMinutes;
        ResolutionMinutes = terms.ResolutionMinutes;
        CalendarId = terms.CalendarId;
        AtRiskPercent = terms.AtRiskPercent;
    }

    private SlaPolicyChanged ChangedEvent(int version, DateTime at) =>
        new(Id, version, Clock.Utc(at), Priority, Tier, CalendarId, IsDeleted);
}

/// <summary>What a policy says; <see cref="SlaPolicy.Create"/> checks it.</summary>
public sealed record SlaPolicyTerms(
    int FirstResponseMinutes, int ResolutionMinutes, Guid? CalendarId,
    int AtRiskPercent = SlaPolicy.DefaultAtRiskPercent);

/// <summary>A policy was created, changed or deleted: tickets of that priority and tier need new deadlines.</summary>
public sealed record SlaPolicyChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, SlaPriority Priority, AccountTier? Tier,
    Guid? CalendarId, bool IsDeleted)
    : IDomainEvent;
