using Crm.Domain.Common;

namespace Crm.Domain.Leads;

// New → Working → Qualified (by conversion) or Disqualified; a disqualified lead can be reopened.
public sealed partial class Lead
{
    public LeadStatus Status { get; private set; }

    /// <summary>Set while the lead is disqualified.</summary>
    public DisqualificationReason? DisqualificationReason { get; private set; }

    public string? DisqualificationNote { get; private set; }

    public Guid? ConvertedAccountId { get; private set; }

    public Guid? ConvertedContactId { get; private set; }

    public Guid? ConvertedOpportunityId { get; private set; }

    public DateTime? ConvertedAt { get; private set; }

    public bool IsConverted => ConvertedAccountId is not null;

    /// <summary>Its owner starts working a new lead; a lead still waiting in a queue must be taken first.</summary>
    public void StartWorking(DateTime at)
    {
        EnsureStatus(LeadStatus.New);
        if (OwnerId is null)
        {
            throw new DomainException("Owner.required", "Take the lead from the queue before working it.", "Owner");
        }

        ChangeStatus(LeadStatus.Working, at);
    }

    /// <summary>
    /// Disqualifies a new or working lead for <paramref name="reason"/>;
    /// <see cref="Leads.DisqualificationReason.Other"/> requires a note saying what the reason was.
    /// </summary>
    public void Disqualify(DisqualificationReason reason, string? note, DateTime at)
    {
        EnsureStatus(LeadStatus.New, LeadStatus.Working);
        if (!Enum.IsDefined(reason))
        {
            throw new DomainException("Reason.invalid", "Choose why the lead is disqualified.", "Reason");
        }

        var cleaned = Guard.Optional(note, "Note", 500);
        if (reason == Leads.DisqualificationReason.Other && cleaned is null)
        {
            throw new DomainException("Note.required", "Say why the lead is disqualified.", "Note");
        }

        (DisqualificationReason, DisqualificationNote) = (reason, cleaned);
        ChangeStatus(LeadStatus.Disqualified, at);
    }

    /// <summary>Brings a disqualified lead back to working; the reason is cleared.</summary>
    public void Reopen(DateTime at)
    {
        EnsureStatus(LeadStatus.Disqualified);
        (DisqualificationReason, DisqualificationNote) = (null, null);
        ChangeStatus(LeadStatus.Working, at);
    }

    /// <summary>
    /// Records what the lead became (the conversion itself creates those records) and makes it
    /// qualified. Only a new or working lead with an owner converts ("Owner.required" for one
    /// still waiting in a queue), and only once.
    /// </summary>
    public void MarkConverted(Guid accountId, Guid contactId, Guid? opportunityId, DateTime at)
    {
        EnsureStatus(LeadStatus.New, LeadStatus.Working);
        if (OwnerId is null)
        {
            throw new DomainException("Owner.required", "Take the lead from the queue before converting it.", "Owner");
        }

        Guard.NotEmpty(accountId, "Account");
        Guard.NotEmpty(contactId, "Contact");
        if (opportunityId == Guid.Empty)
        {
            throw new DomainException("Opportunity.required", "Opportunity is required.", "Opportunity");
        }

        (ConvertedAccountId, ConvertedContactId, ConvertedOpportunityId) = (accountId, contactId, opportunityId);
        ConvertedAt = Clock.Utc(at);
        Status = LeadStatus.Qualified;
        Record(new LeadConverted(Id, NextVersion, Clock.Utc(at), accountId, contactId, opportunityId, OwnerId));
    }

    private void ChangeStatus(LeadStatus status, DateTime at)
    {
        var previous = Status;
        Status = status;
        Record(new LeadStatusChanged(Id, NextVersion, Clock.Utc(at), status, previous, OwnerId, QueueTeamId));
    }

    private void EnsureStatus(params ReadOnlySpan<LeadStatus> allowed)
    {
        EnsureNotConverted();
        if (!allowed.Contains(Status))
        {
            throw new DomainException(
                $"Status.from-{Status.ToString().ToLowerInvariant()}", $"A {Status} lead cannot do this.", "Status");
        }
    }
}
