using Crm.Domain.Common;
using Crm.Domain.Leads;

namespace Crm.Domain.Tests.Leads;

public sealed class LeadStatusTests
{
    private static readonly DateTime At = LeadBuilder.At.AddHours(1);

    [Fact]
    public void Create_NewLead_IsNew()
    {
        var lead = new LeadBuilder().Build();

        Assert.Equal(LeadStatus.New, lead.Status);
    }

    [Fact]
    public void StartWorking_OwnedNewLead_RecordsStatusChange()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());

        lead.StartWorking(At);

        var changed = Assert.IsType<LeadStatusChanged>(Assert.Single(lead.DomainEvents));
        Assert.Equal((LeadStatus.Working, LeadStatus.New), (changed.Status, changed.PreviousStatus));
    }

    [Fact]
    public void StartWorking_LeadStillInQueue_ThrowsOwnerRequired()
    {
        var lead = new LeadBuilder().Build();
        lead.SendToQueue(Guid.NewGuid(), LeadBuilder.DefaultQueueNote, At);

        var error = Assert.Throws<DomainException>(() => lead.StartWorking(At));

        Assert.Equal("Owner.required", error.Code);
    }

    [Fact]
    public void StartWorking_AlreadyWorking_Throws()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());
        lead.StartWorking(At);

        var error = Assert.Throws<DomainException>(() => lead.StartWorking(At));

        Assert.Equal("Status.from-working", error.Code);
    }

    [Fact]
    public void Disqualify_WithReason_KeepsTheReason()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());

        lead.Disqualify(DisqualificationReason.NoBudget, "明年再谈", At);

        Assert.Equal((LeadStatus.Disqualified, DisqualificationReason.NoBudget, "明年再谈"),
            (lead.Status, lead.DisqualificationReason, lead.DisqualificationNote));
    }

    [Fact]
    public void Disqualify_OtherWithoutNote_ThrowsOnNote()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());

        var error = Assert.Throws<DomainException>(() => lead.Disqualify(DisqualificationReason.Other, " ", At));

        Assert.Equal(("Note", "Note.required"), (error.Field, error.Code));
    }

    [Fact]
    public void Disqualify_UnknownReason_ThrowsOnReason()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());

        var error = Assert.Throws<DomainException>(() => lead.Disqualify((DisqualificationReason)0, null, At));

        Assert.Equal("Reason", error.Field);
    }

    [Fact]
    public void Reopen_DisqualifiedLead_IsWorkingWithoutReason()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());
        lead.Disqualify(DisqualificationReason.Unreachable, null, At);

        lead.Reopen(At);

        Assert.Equal((LeadStatus.Working, null), (lead.Status, lead.DisqualificationReason));
    }

    [Fact]
    public void Reopen_WorkingLead_Throws()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());
        lead.StartWorking(At);

        Assert.Throws<DomainException>(() => lead.Reopen(At));
    }

    [Fact]
    public void MarkConverted_WorkingLead_IsQualifiedWithLinks()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());
        var (account, contact, opportunity) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        lead.MarkConverted(account, contact, opportunity, At);

        Assert.Equal((LeadStatus.Qualified, account, contact, opportunity),
            (lead.Status, lead.ConvertedAccountId, lead.ConvertedContactId, lead.ConvertedOpportunityId));
    }

    [Fact]
    public void MarkConverted_WithoutOpportunity_RecordsConvertedEvent()
    {
        var owner = Guid.NewGuid();
        var lead = new LeadBuilder().Owned(owner);

        lead.MarkConverted(Guid.NewGuid(), Guid.NewGuid(), null, At);

        var converted = Assert.IsType<LeadConverted>(Assert.Single(lead.DomainEvents));
        Assert.Equal((null, owner), (converted.OpportunityId, converted.OwnerId));
    }

    [Fact]
    public void MarkConverted_DisqualifiedLead_Throws()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());
        lead.Disqualify(DisqualificationReason.NoNeed, null, At);

        Assert.Throws<DomainException>(() => lead.MarkConverted(Guid.NewGuid(), Guid.NewGuid(), null, At));
    }

    [Fact]
    public void UpdateDetails_ConvertedLead_ThrowsConverted()
    {
        var builder = new LeadBuilder();
        var lead = builder.Owned(Guid.NewGuid());
        lead.MarkConverted(Guid.NewGuid(), Guid.NewGuid(), null, At);

        var error = Assert.Throws<DomainException>(
            () => lead.UpdateDetails(builder.Profile(), LeadSource.Referral, At));

        Assert.Equal("Lead.converted", error.Code);
    }
}
