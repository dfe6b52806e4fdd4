using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Domain.Teams;
using Crm.Domain.Tests.Assignment;
using static Crm.Domain.Tests.Assignment.AssignmentScenario;

namespace Crm.Domain.Tests.Leads;

/// <summary>A lead as the engine reads it, and the engine's decision as the lead takes it.</summary>
public sealed class LeadDecisionTests
{
    private static readonly DateTime At = LeadBuilder.At;

    [Fact]
    public void ToAssignmentSubject_Lead_UsesTheStableNamesTheRulesCompare()
    {
        var subject = new LeadBuilder().Build().ToAssignmentSubject();

        Assert.Equal(
            ("华东", "Manufacturing", "WebForm", "From201To1000"),
            (subject[AssignmentFields.Region], subject[AssignmentFields.Industry], subject[AssignmentFields.Source],
                subject[AssignmentFields.CompanySize]));
    }

    [Fact]
    public void ToAssignmentSubject_SizeNotKnown_HasNoCompanySize()
    {
        var lead = new LeadBuilder().With(p => p with { CompanySize = CompanySize.Unknown }).Build();

        Assert.Null(lead.ToAssignmentSubject()[AssignmentFields.CompanySize]);
    }

    [Fact]
    public void Route_Assigned_OwnsTheLeadWithTheReasonAndItsArguments()
    {
        var scenario = new AssignmentScenario();
        var rep = scenario.User("张伟", scenario.Team("华东销售一组"));
        scenario.Rule("展会线索", AssignmentStrategy.NamedOwner(rep.UserId), scenario.Team("兜底").Id,
            When(AssignmentFields.Source, ConditionOperator.EqualTo, nameof(LeadSource.WebForm)));
        var lead = new LeadBuilder().Build();

        lead.Route(scenario.Decide([.. Fields(lead)]), At);

        Assert.Equal((rep.UserId, "展会线索", AssignmentReasons.NamedOwner), (lead.OwnerId, lead.Assignment?.RuleName,
            lead.Assignment?.Reason));
        Assert.Equal(["张伟"], lead.Assignment?.Arguments);
    }

    [Fact]
    public void Route_NobodyAvailable_QueuesTheLeadAndKeepsWhoWasPassedOver()
    {
        var scenario = new AssignmentScenario();
        var team = scenario.Team("华南销售组");
        var away = scenario.User("林晓燕", team, availability: Availability.Away);
        scenario.Rule("华南", AssignmentStrategy.RoundRobin(team.Id));
        var lead = new LeadBuilder().Build();

        lead.Route(scenario.Decide([.. Fields(lead)]), At);

        Assert.Equal((null, team.Id), (lead.OwnerId, lead.QueueTeamId));
        var skipped = Assert.Single(lead.Assignment!.Skipped);
        Assert.Equal((away.UserId, SkipReason.Away), (skipped.UserId, skipped.Reason));
    }

    [Fact]
    public void Route_NoRuleAndNoDefaultQueue_LeavesTheLeadUnassignedButAnnounced()
    {
        var lead = new LeadBuilder().Build();

        lead.Route(new AssignmentScenario().Decide([.. Fields(lead)]), At);

        var created = Assert.IsType<LeadCreated>(Assert.Single(lead.DomainEvents));
        Assert.Equal((null, null, AssignmentReasons.NoQueue), (created.OwnerId, created.QueueTeamId,
            lead.Assignment?.Reason));
    }

    [Fact]
    public void Route_LeadAlreadyRouted_Throws()
    {
        var lead = new LeadBuilder().Owned(Guid.NewGuid());

        Assert.Throws<InvalidOperationException>(() => lead.Route(new AssignmentScenario().Decide(), At));
    }

    [Fact]
    public void MarkConverted_LeadStillInAQueue_ThrowsOwnerRequired()
    {
        var lead = new LeadBuilder().Build();
        lead.SendToQueue(Guid.NewGuid(), LeadBuilder.DefaultQueueNote, At);

        var error = Assert.Throws<DomainException>(() => lead.MarkConverted(Guid.NewGuid(), Guid.NewGuid(), null, At));

        Assert.Equal("Owner.required", error.Code);
    }

    private static IEnumerable<(string Field, string Value)> Fields(Lead lead) =>
        lead.ToAssignmentSubject().Fields.Select(f => (f.Key, f.Value));
}
