using Crm.Domain.Assignment;
using Crm.Domain.Leads;
using Crm.Infrastructure.Seeding.Demo;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>The demo company's leads of the last months look like real inflow, routed by its rules.</summary>
public sealed class DemoLeadsTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly DemoDataSet Data = DemoDataSet.Build(Now);

    private static List<Lead> Leads => Data.Leads;

    [Fact]
    public void Build_LeadsOfTheLastMonths_AreInEveryStatus()
    {
        var statuses = Leads.GroupBy(l => l.Status).ToDictionary(g => g.Key, g => g.Count());

        Assert.InRange(Leads.Count, 250, 400);
        Assert.All(Enum.GetValues<LeadStatus>(), s => Assert.InRange(statuses.GetValueOrDefault(s), 10, 250));
    }

    [Fact]
    public void Build_LeadsNoRuleCouldPlace_WaitInAQueueOnlyWhileNew()
    {
        var queued = Leads.Where(l => l.OwnerId is null).ToList();

        Assert.InRange(queued.Count, 2, 12);
        Assert.All(queued, l => Assert.Equal((LeadStatus.New, true), (l.Status, l.QueueTeamId is not null)));
    }

    [Fact]
    public void Build_EveryLead_CarriesTheReasonTheRulesGave()
    {
        var routed = Leads.Where(l => l.AssignedById is null).ToList();

        Assert.All(routed, l => Assert.Matches("^(assigned|queued)\\.", l.Assignment!.Reason));
    }

    [Fact]
    public void Build_SomeOpenLeads_LookLikeExistingCustomers()
    {
        var lookAlikes = Leads.Where(
            l => l.DuplicatesOnArrival > 0 && l.Status is LeadStatus.New or LeadStatus.Working);

        Assert.InRange(lookAlikes.Count(), 3, 30);
    }

    [Fact]
    public void Build_ConvertedLeads_LinkToAccountsAndContactsOfTheSeed()
    {
        var contacts = Data.Accounts.SelectMany(a => a.Contacts.Select(c => (a.Account.Id, c.Id))).ToHashSet();
        var converted = Leads.Where(l => l.IsConverted).ToList();

        Assert.All(
            converted, l => Assert.Contains((l.ConvertedAccountId!.Value, l.ConvertedContactId!.Value), contacts));
    }

    [Fact]
    public void Build_ConvertedProspects_AreOwnedByTheLeadsOwner()
    {
        var accounts = Data.Accounts.ToDictionary(a => a.Account.Id, a => a.Account);
        var prospects = Leads.Where(l => l.IsConverted && l.DuplicatesOnArrival == 0).ToList();

        Assert.NotEmpty(prospects);
        Assert.All(prospects, l => Assert.Equal(l.OwnerId, accounts[l.ConvertedAccountId!.Value].OwnerId));
    }

    [Fact]
    public void Build_WithAPipeline_MostConversionsOpenAnOpportunityOfTheLeadsOwner()
    {
        var pipeline = Pipeline.PipelineWorld.NewPipeline("新业务", Now.AddYears(-2));
        var accounts = new DemoAccounts(Now).Build();

        var leads = new DemoLeads(Now, DemoAssignment.Rules(Now), null).Build(accounts, pipeline);

        var converted = leads.Leads.Where(l => l.IsConverted).ToList();
        var withOpportunity = converted.Count(l => l.ConvertedOpportunityId is not null);
        Assert.InRange(withOpportunity, converted.Count / 2, converted.Count);
        Assert.All(leads.Opportunities, o => Assert.Equal(
            converted.Single(l => l.ConvertedOpportunityId == o.Id).OwnerId, o.OwnerId));
    }

    [Fact]
    public void Build_RoundRobinRule_KeepsTheTurnTheHistoryLeft()
    {
        var roundRobin = Data.AssignmentRules.Single(r => r.Strategy.Kind == StrategyKind.RoundRobin);

        Assert.NotNull(roundRobin.LastAssignedUserId);
    }

    [Fact]
    public void Build_SameDay_GivesTheSameLeads()
    {
        var again = DemoDataSet.Build(Now).Leads;

        Assert.Equal(
            Leads.Select(l => (l.Id, l.DisplayName, l.Status, l.OwnerId)),
            again.Select(l => (l.Id, l.DisplayName, l.Status, l.OwnerId)));
    }

    [Fact]
    public void Build_AnotherDay_ConvertsTheSameLeads()
    {
        var later = DemoDataSet.Build(Now.AddDays(3).AddHours(7)).Leads;

        Assert.Equal(Converted(Leads), Converted(later));
    }

    private static IEnumerable<Guid> Converted(IEnumerable<Lead> leads) =>
        leads.Where(l => l.IsConverted).Select(l => l.Id).Order();
}
