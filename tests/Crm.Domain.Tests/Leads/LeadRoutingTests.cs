using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Leads;

namespace Crm.Domain.Tests.Leads;

public sealed class LeadRoutingTests
{
    private static readonly AssignmentNote RoundRobin =
        new(Guid.NewGuid(), "华东制造业 (轮询)", AssignmentReasons.RoundRobin) { Arguments = ["张伟", "华东销售一组"] };
    private static readonly DateTime At = LeadBuilder.At;

    [Fact]
    public void Create_NotRoutedYet_RecordsNoEvent()
    {
        var lead = new LeadBuilder().Build();

        Assert.Empty(lead.DomainEvents);
    }

    [Fact]
    public void AssignTo_NewLead_AnnouncesArrivalWithTheOwner()
    {
        var lead = new LeadBuilder().Build();
        var owner = Guid.NewGuid();

        lead.AssignTo(owner, RoundRobin, At);

        var created = Assert.IsType<LeadCreated>(lead.DomainEvents[0]);
        Assert.Equal((owner, null, LeadSource.WebForm, 1), (created.OwnerId, created.QueueTeamId, created.Source,
            created.Version));
    }

    [Fact]
    public void AssignTo_NewLead_RecordsAssignedWithTheRuleName()
    {
        var lead = new LeadBuilder().Build();

        lead.AssignTo(Guid.NewGuid(), RoundRobin, At);

        var assigned = Assert.IsType<LeadAssigned>(lead.DomainEvents[1]);
        Assert.Equal(("华东制造业 (轮询)", null), (assigned.RuleName, assigned.AssignedById));
    }

    [Fact]
    public void AssignTo_Twice_AnnouncesArrivalOnce()
    {
        var lead = new LeadBuilder().Build();

        lead.AssignTo(Guid.NewGuid(), RoundRobin, At);
        lead.AssignTo(Guid.NewGuid(), RoundRobin, At);

        Assert.Single(lead.DomainEvents.OfType<LeadCreated>());
    }

    [Fact]
    public void AssignTo_KeepsTheNote()
    {
        var lead = new LeadBuilder().Build();

        lead.AssignTo(Guid.NewGuid(), RoundRobin, At);

        Assert.Equal(RoundRobin, lead.Assignment);
    }

    [Fact]
    public void AssignTo_NoteWithoutReason_ThrowsOnReason()
    {
        var lead = new LeadBuilder().Build();

        var error = Assert.Throws<DomainException>(
            () => lead.AssignTo(Guid.NewGuid(), new AssignmentNote(null, "规则", " "), At));

        Assert.Equal("Reason", error.Field);
    }

    [Fact]
    public void SendToQueue_NewLead_AnnouncesArrivalInTheQueue()
    {
        var lead = new LeadBuilder().Build();
        var team = Guid.NewGuid();

        lead.SendToQueue(team, LeadBuilder.DefaultQueueNote, At);

        var created = Assert.IsType<LeadCreated>(lead.DomainEvents[0]);
        Assert.Equal((null, team), (created.OwnerId, created.QueueTeamId));
    }

    [Fact]
    public void SendToQueue_OwnedLead_LosesItsOwner()
    {
        var owner = Guid.NewGuid();
        var lead = new LeadBuilder().Owned(owner);
        var team = Guid.NewGuid();

        lead.SendToQueue(team, RoundRobin, At);

        var queued = Assert.IsType<LeadQueued>(Assert.Single(lead.DomainEvents));
        Assert.Equal((null, team, owner), (lead.OwnerId, lead.QueueTeamId, queued.PreviousOwnerId));
    }

    [Fact]
    public void Reassign_QueuedLead_TakesItOutOfTheQueue()
    {
        var lead = new LeadBuilder().Build();
        lead.SendToQueue(Guid.NewGuid(), RoundRobin, At);
        var rep = Guid.NewGuid();

        lead.Reassign(rep, rep, At);

        Assert.Equal((rep, null), (lead.OwnerId, lead.QueueTeamId));
    }

    [Fact]
    public void Reassign_AnotherOwner_NotesWhoReassigned()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());
        var manager = Guid.NewGuid();

        lead.Reassign(Guid.NewGuid(), manager, At);

        Assert.Equal((AssignmentNote.Reassigned, null, manager),
            (lead.Assignment?.Reason, lead.Assignment?.RuleId, lead.AssignedById));
    }

    [Fact]
    public void Reassign_AnotherOwner_RecordsAssignedWithPreviousOwner()
    {
        var previous = Guid.NewGuid();
        var lead = new LeadBuilder().Owned(previous);
        var (next, manager) = (Guid.NewGuid(), Guid.NewGuid());

        lead.Reassign(next, manager, At);

        var assigned = Assert.IsType<LeadAssigned>(Assert.Single(lead.DomainEvents));
        Assert.Equal((next, previous, manager), (assigned.OwnerId, assigned.PreviousOwnerId, assigned.AssignedById));
    }

    [Fact]
    public void Reassign_SameOwner_RecordsNothing()
    {
        var owner = Guid.NewGuid();
        var lead = new LeadBuilder().Owned(owner);

        lead.Reassign(owner, Guid.NewGuid(), At);

        Assert.Empty(lead.DomainEvents);
    }

    [Fact]
    public void Reassign_ConvertedLead_Throws()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());
        lead.MarkConverted(Guid.NewGuid(), Guid.NewGuid(), null, At);

        Assert.Throws<DomainException>(() => lead.Reassign(Guid.NewGuid(), Guid.NewGuid(), At));
    }
}
