using Bunit;
using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;
using Crm.Web.Leads;
using Crm.Web.Tests.Common;

namespace Crm.Web.Tests.Leads;

public sealed class MyNewLeadsCardTests : CrmTestContext
{
    private static readonly QueueOption EastQueue = new(LeadSamples.EastTeam, "华东销售一组");

    public MyNewLeadsCardTests() => Leads.Choices = new LeadChoices(
        true, [new(LeadSamples.Rep, "张伟")], [EastQueue], [new(LeadSamples.Rep, "张伟")], ["华东"]);

    [Fact]
    public void Render_NewLeadsOfTheReader_ListsThem()
    {
        Leads.Rows.Add(LeadSamples.Row("王建国", LeadSamples.Rep));
        Leads.Rows.Add(LeadSamples.Row("李四", LeadSamples.Manager));

        var card = Render<MyNewLeadsCard>();

        card.WaitForAssertion(() => Assert.Equal(
            ["王建国"], card.FindAll("[data-testid=my-new-lead] a").Select(a => a.TextContent)));
    }

    [Fact]
    public void Render_LeadsWaitingInTheTeamsQueue_SaysHowManyAndWhere()
    {
        Leads.Rows.Add(LeadSamples.Row("王建国", queue: "华东销售一组"));

        var card = Render<MyNewLeadsCard>();

        card.WaitForAssertion(() => Assert.Contains(
            "1 waiting in the 华东销售一组 queue", card.Find("[data-testid=my-new-leads-queue]").TextContent));
    }

    [Fact]
    public void Live_LeadGivenToTheReader_AppearsWithoutAReload()
    {
        var card = Render<MyNewLeadsCard>();
        card.WaitForAssertion(() => Assert.NotNull(card.Find("[data-testid=my-new-leads-summary]")));
        var row = LeadSamples.Row("王建国", LeadSamples.Rep);
        Leads.Rows.Add(row);

        Bus.Publish([new LeadAssigned(row.Id, 1, Now, LeadSamples.Rep, null, null, "全部线索", null)]);

        card.WaitForAssertion(
            () => Assert.Single(card.FindAll("[data-testid=my-new-lead]")), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Render_RoleThatWorksNoLeads_ShowsNothing()
    {
        Leads.Choices = LeadChoices.None;

        var card = Render<MyNewLeadsCard>();

        Assert.Empty(card.FindAll("[data-testid=my-new-leads]"));
    }
}
