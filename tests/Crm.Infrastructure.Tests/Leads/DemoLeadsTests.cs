using Crm.Domain.Leads;
using Crm.Infrastructure.Seeding.Demo;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>The demo company's recent leads look like real inflow.</summary>
public sealed class DemoLeadsTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly List<Lead> Leads = DemoDataSet.Build(Now).Leads;

    [Fact]
    public void Build_RecentWebEnquiries_WaitInTheSalesQueues()
    {
        var queued = Leads.Where(l => l.QueueTeamId is not null).ToList();

        Assert.NotEmpty(queued);
        Assert.All(queued, l => Assert.Equal(LeadSource.WebForm, l.Source));
    }

    [Fact]
    public void Build_SomeLeads_LookLikeExistingCustomers()
    {
        Assert.Contains(Leads, l => l.DuplicatesOnArrival > 0);
    }

    [Fact]
    public void Build_SameDay_GivesTheSameLeads()
    {
        var again = DemoDataSet.Build(Now).Leads;

        Assert.Equal(Leads.Select(l => (l.Id, l.DisplayName)), again.Select(l => (l.Id, l.DisplayName)));
    }
}
