using Crm.Domain.Assignment;
using Crm.Domain.Common;

namespace Crm.Domain.Leads;

// Who works the lead: an owner, or a team's queue while nobody has taken it.
public sealed partial class Lead
{
    /// <summary>The user working the lead; null while it waits in <see cref="QueueTeamId"/>'s queue.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>The team whose queue the lead waits in; null once someone owns it.</summary>
    public Guid? QueueTeamId { get; private set; }

    /// <summary>Why the lead went to its owner or queue.</summary>
    public AssignmentNote? Assignment { get; private set; }

    /// <summary>Who reassigned the lead by hand; null when a rule decided.</summary>
    public Guid? AssignedById { get; private set; }

    public DateTime? AssignedAt { get; private set; }

    /// <summary>The lead as the assignment engine reads it, by the names of <see cref="AssignmentFields"/>.</summary>
    public AssignmentSubject ToAssignmentSubject() => new(RecordKind.Lead, new Dictionary<string, string?>
    {
        [AssignmentFields.Region] = Region,
        [AssignmentFields.Industry] = Industry.ToString(),
        [AssignmentFields.Source] = Source.ToString(),
        [AssignmentFields.CompanySize] = CompanySize == CompanySize.Unknown ? null : CompanySize.ToString(),
        [AssignmentFields.Company] = Company,
    });

    /// <summary>
    /// Applies the engine's decision for a lead arriving (before its first save): its owner
    /// (<see cref="AssignTo"/>), its queue (<see cref="SendToQueue"/>) or, when nothing placed it,
    /// no owner and no queue at all, where only those who see every lead find it. The note keeps
    /// the decision's rule, reason and skips. A lead already routed or saved is refused.
    /// </summary>
    public void Route(AssignmentDecision decision, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (Version > 0 || _announced)
        {
            throw new InvalidOperationException("Only an arriving lead is routed by a decision.");
        }

        var note = AssignmentNote.Of(decision);
        switch (decision)
        {
            case { Outcome: AssignmentOutcome.Assigned, OwnerId: { } ownerId }:
                AssignTo(ownerId, note, at);
                break;
            case { Outcome: AssignmentOutcome.Queued, QueueTeamId: { } teamId }:
                SendToQueue(teamId, note, at);
                break;
            default:
                LeaveUnassigned(note, at);
                break;
        }
    }

    /// <summary>Gives the lead to <paramref name="ownerId"/>, as a rule decided; it leaves any queue.</summary>
    public void AssignTo(Guid ownerId, AssignmentNote note, DateTime at)
    {
        EnsureNotConverted();
        Guard.NotEmpty(ownerId, "Owner");
        var (previousOwner, previousQueue) = (OwnerId, QueueTeamId);
        Place(ownerId, null, Checked(note), null, at);
        Record(new LeadAssigned(
            Id, NextVersion, Clock.Utc(at), ownerId, previousOwner, previousQueue, note.RuleName, null));
    }

    /// <summary>Puts the lead in the team's queue, as a rule decided; it loses its owner.</summary>
    public void SendToQueue(Guid teamId, AssignmentNote note, DateTime at)
    {
        EnsureNotConverted();
        Guard.NotEmpty(teamId, "Team");
        var (previousOwner, previousQueue) = (OwnerId, QueueTeamId);
        Place(null, teamId, Checked(note), null, at);
        Record(new LeadQueued(Id, NextVersion, Clock.Utc(at), teamId, previousOwner, previousQueue));
    }

    /// <summary>
    /// Moves the lead to another owner by hand (taking it from a queue included). The note says it
    /// was reassigned and <see cref="AssignedById"/> who did it. The same owner again changes nothing.
    /// </summary>
    public void Reassign(Guid newOwnerId, Guid byUserId, DateTime at)
    {
        EnsureNotConverted();
        Guard.NotEmpty(newOwnerId, "Owner");
        Guard.NotEmpty(byUserId, "AssignedBy");
        if (newOwnerId == OwnerId)
        {
            return;
        }

        var (previousOwner, previousQueue) = (OwnerId, QueueTeamId);
        Place(newOwnerId, null, AssignmentNote.Without(AssignmentNote.Reassigned), byUserId, at);
        Record(new LeadAssigned(
            Id, NextVersion, Clock.Utc(at), newOwnerId, previousOwner, previousQueue, "", byUserId));
    }

    private void LeaveUnassigned(AssignmentNote note, DateTime at)
    {
        EnsureNotConverted();
        Place(null, null, Checked(note), null, at);
    }

    private void Place(Guid? ownerId, Guid? teamId, AssignmentNote note, Guid? byUserId, DateTime at)
    {
        (OwnerId, QueueTeamId, Assignment, AssignedById) = (ownerId, teamId, note, byUserId);
        AssignedAt = Clock.Utc(at);
        Announce();
    }

    // The first routing of a lead not yet saved completes its arrival.
    private void Announce()
    {
        if (Version > 0 || _announced)
        {
            return;
        }

        _announced = true;
        Record(new LeadCreated(Id, NextVersion, ReceivedAt, OwnerId, QueueTeamId, Source));
    }

    private static AssignmentNote Checked(AssignmentNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var ruleName = note.RuleName?.Trim() ?? "";
        if (ruleName.Length > AssignmentNote.MaxRuleNameLength)
        {
            throw new DomainException("RuleName.too-long", "The rule name is too long.", "RuleName");
        }

        var reason = Guard.Required(note.Reason, "Reason", AssignmentNote.MaxReasonLength);

        return note with { RuleName = ruleName, Reason = reason };
    }
}
