using Bunit;
using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;
using Crm.Web.Leads;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Leads;

public sealed class LeadsPageTests : CrmTestContext
{
    [Fact]
    public void Render_NoLeads_ShowsTheEmptyStateWithTheCreateButton()
    {
        var page = Render<LeadsPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=leads-empty-create]")));
    }

    [Fact]
    public void Render_QueuedLead_ShowsItsQueueInsteadOfAnOwner()
    {
        Leads.Rows.Add(LeadSamples.Row("王建国", queue: "华东销售一组"));

        var page = Render<LeadsPage>();

        page.WaitForAssertion(() => Assert.Equal("华东销售一组", page.Find("[data-testid=lead-queue]").TextContent.Trim()));
    }

    [Fact]
    public void Render_StatusInTheUrl_AsksForThatStatus()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/leads?status=working");

        var page = Render<LeadsPage>();

        page.WaitForAssertion(() => Assert.Equal(LeadStatus.Working, Leads.Queries[^1].Status));
    }

    [Fact]
    public void Render_FirstVisit_ShowsNewestFirst()
    {
        var page = Render<LeadsPage>();

        page.WaitForAssertion(() => Assert.Equal((LeadSort.Received, true),
            (Leads.Queries[^1].Sort, Leads.Queries[^1].Descending)));
    }

    [Fact]
    public void LiveEvent_LeadArrivesInAVisibleQueue_ReloadsTheList()
    {
        Leads.Choices = new LeadChoices(true, [], [new QueueOption(LeadSamples.EastTeam, "华东销售一组")], [], []);
        var page = Render<LeadsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(Leads.Queries));
        var asked = Leads.Queries.Count;

        Bus.Publish([new LeadCreated(Guid.CreateVersion7(), 1, Now, null, LeadSamples.EastTeam, LeadSource.WebForm)]);

        page.WaitForAssertion(() => Assert.True(Leads.Queries.Count > asked), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void New_TheRulesGiveTheLeadToAnotherTeam_SaysWhereItWentAndStaysOnTheList()
    {
        Leads.Arrival = (LeadSamples.Owned(LeadSamples.Manager, "林晓燕"), false);
        var snackbars = Render<MudSnackbarProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<LeadsPage>();
        var navigation = Services.GetRequiredService<NavigationManager>();
        var before = navigation.Uri;

        page.Find("[data-testid=lead-new]").Click();
        dialogs.Find("input[data-testid=lead-personname]").Input("王建国");
        dialogs.Find("input[data-testid=lead-email]").Input("wang@huachen.cn");
        dialogs.Find("[data-testid=lead-save]").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("The rules gave it to 林晓燕", snackbars.Markup));
        Assert.Equal(before, navigation.Uri);
    }
}
