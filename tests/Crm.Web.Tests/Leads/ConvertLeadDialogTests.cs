using Bunit;
using Crm.Domain.Common;
using Crm.Infrastructure.Leads;
using Crm.Web.Leads;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Tests.Leads;

public sealed class ConvertLeadDialogTests : CrmTestContext
{
    private static readonly Guid LeadId = Guid.CreateVersion7();
    private static readonly Guid Customer = Guid.CreateVersion7();
    private static readonly Guid Colleague = Guid.CreateVersion7();
    private static readonly Guid SamePerson = Guid.CreateVersion7();
    private static readonly Guid Pipeline = Guid.CreateVersion7();

    [Fact]
    public async Task Open_LeadLikeACustomer_ShowsTheCustomerAndWhatItShares()
    {
        var dialog = await OpenAsync();

        var option = dialog.Find("[data-testid=convert-account-option]").TextContent;

        Assert.Contains("上海华辰科技有限公司", option);
        Assert.Contains("contact 王建国: same phone", option);
    }

    [Fact]
    public async Task Convert_CustomerSharingThePhone_IsChosenWithTheContactLikeTheLeadsPerson()
    {
        var dialog = await OpenAsync();

        dialog.Find("[data-testid=convert-submit]").Click();

        var input = Assert.Single(Conversions.Converted).Input;
        Assert.Equal((Customer, SamePerson, null), (input.AccountId, input.ContactId, input.NewAccountName));
    }

    [Fact]
    public async Task Convert_NewAccountChosenInstead_CreatesAccountAndOpportunityNamedAfterTheLead()
    {
        var dialog = await OpenAsync();

        dialog.Find("input[data-testid=convert-account-new]").Click();
        dialog.Find("[data-testid=convert-submit]").Click();

        var input = Assert.Single(Conversions.Converted).Input;
        Assert.Equal((null, "上海华辰科技", "王建国"), (input.AccountId, input.NewAccountName, input.NewContactName));
        Assert.Equal(("上海华辰科技 – CRM 企业版", Pipeline, new DateOnly(2026, 4, 2)),
            (input.Opportunity?.Name, input.Opportunity?.PipelineId, input.Opportunity?.ExpectedCloseDate));
    }

    [Fact]
    public async Task Open_CustomerWithOnlyASimilarName_LeavesANewAccountChosen()
    {
        var options = Options();
        var similar = options.Accounts[0] with
        {
            MatchedOn = MatchedOn.Company, Contacts = [new ContactMatch(Colleague, "李娜", "采购", MatchedOn.None)],
        };
        var dialog = await OpenAsync(options with { Accounts = [similar] });

        dialog.Find("[data-testid=convert-submit]").Click();

        Assert.Null(Assert.Single(Conversions.Converted).Input.AccountId);
    }

    [Fact]
    public async Task Convert_OpportunityUnticked_CreatesNone()
    {
        var dialog = await OpenAsync();

        dialog.Find("input[data-testid=convert-with-opportunity]").Change(false);
        dialog.Find("[data-testid=convert-submit]").Click();

        Assert.Null(Assert.Single(Conversions.Converted).Input.Opportunity);
    }

    [Fact]
    public async Task Convert_ServiceRefusesTheOpportunityName_SaysSoBesideTheFieldAndStaysOpen()
    {
        Conversions.Refusal = new DomainException("Name.required", "Name is required.", "OpportunityName");
        var dialog = await OpenAsync();

        dialog.Find("[data-testid=convert-submit]").Click();

        Assert.Contains("Enter a name.", dialog.Find("[data-testid=convert-opportunity]").TextContent);
    }

    [Fact]
    public async Task Open_RoleWithoutOpportunities_OffersNoOpportunity()
    {
        var dialog = await OpenAsync(Options() with { CanCreateOpportunity = false });

        Assert.Empty(dialog.FindAll("[data-testid=convert-opportunity]"));
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(ConversionOptions? options = null)
    {
        Conversions.Options = options ?? Options();
        var provider = Render<MudDialogProvider>();
        var text = Services.GetRequiredService<IStringLocalizer<LeadText>>();
        _ = provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ConvertLeadAsync(LeadId, text));
        await Task.Yield();
        provider.WaitForElement("[data-testid=convert-account]");

        return provider;
    }

    private static ConversionOptions Options() => new(
        LeadId, 3, "王建国",
        [
            new AccountMatch(Customer, "上海华辰科技有限公司", "上海", "陈丽", MatchedOn.None,
            [
                new ContactMatch(Colleague, "李娜", "采购", MatchedOn.None),
                new ContactMatch(SamePerson, "王建国", "采购经理", MatchedOn.Phone),
            ]),
        ],
        "上海华辰科技", "王建国", "CRM 企业版", true, [new ConversionPipeline(Pipeline, "新业务", "初步接洽")], "CNY");
}
