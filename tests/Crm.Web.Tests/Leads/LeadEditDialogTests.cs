using Bunit;
using Crm.Domain.Common;
using Crm.Infrastructure.Leads;
using Crm.Web.Leads;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace Crm.Web.Tests.Leads;

public sealed class LeadEditDialogTests : CrmTestContext
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    // The warning waits for typing to pause; the test moves this clock instead of waiting.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(Now, TimeSpan.Zero));

    public LeadEditDialogTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task Typing_PhoneOfAnExistingAccount_ShowsTheDuplicateWarning()
    {
        Duplicates.Matches = [LeadSamples.Account("上海华辰科技有限公司", "陈丽", TimeSpan.FromMinutes(2))];
        var provider = await OpenAsync();

        Type(provider, "lead-phone", "138 0013 8000");
        _clock.Advance(Pause);

        provider.WaitForAssertion(
            () => Assert.Contains("上海华辰科技有限公司", TextOf(provider, "duplicate-warning")));
    }

    [Fact]
    public async Task Typing_ExistingRecord_SaysWhoCreatedItAndHowLongAgo()
    {
        Duplicates.Matches = [LeadSamples.Account("上海华辰科技有限公司", "陈丽", TimeSpan.FromMinutes(2))];
        var provider = await OpenAsync();

        Type(provider, "lead-company", "上海华辰科技");
        _clock.Advance(Pause);

        provider.WaitForAssertion(
            () => Assert.Contains("created by 陈丽, 2 minutes ago", TextOf(provider, "duplicate-meta")));
    }

    [Fact]
    public async Task Typing_ExistingRecord_LinksToItInANewTab()
    {
        var match = LeadSamples.Account("上海华辰科技有限公司", "陈丽", TimeSpan.FromMinutes(2));
        Duplicates.Matches = [match];
        var provider = await OpenAsync();

        Type(provider, "lead-company", "上海华辰科技");
        _clock.Advance(Pause);

        provider.WaitForAssertion(() =>
        {
            var link = provider.Find("[data-testid=duplicate-link]");
            Assert.Equal(($"/accounts/{match.Id}", "_blank"), (link.GetAttribute("href"), link.GetAttribute("target")));
        });
    }

    [Fact]
    public async Task Typing_RecordTheUserCannotOpen_WarnsWithoutNameOrLink()
    {
        Duplicates.Matches = [LeadSamples.Hidden(DuplicateKind.Lead, MatchedOn.Email)];
        var provider = await OpenAsync();

        Type(provider, "lead-email", "wang@huachen.cn");
        _clock.Advance(Pause);

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("an existing record you cannot open", TextOf(provider, "duplicate-hidden"));
            Assert.Empty(provider.FindAll("[data-testid=duplicate-link]"));
        });
    }

    [Fact]
    public async Task Typing_SeveralKeystrokes_ShowsWhatTheLatestValueMatches()
    {
        Duplicates.Answer = probe => [LeadSamples.Account($"电话 {probe.Phone}", "陈丽", TimeSpan.FromHours(1))];
        var provider = await OpenAsync();

        foreach (var text in new[] { "1", "13", "138", "1380013800" })
        {
            Type(provider, "lead-phone", text);
            _clock.Advance(Pause / 3);
        }

        _clock.Advance(Pause);

        provider.WaitForAssertion(
            () => Assert.Equal("电话 1380013800", TextOf(provider, "duplicate-link")));
        Assert.Equal(["1380013800"], Duplicates.Probes.Select(p => p.Phone));
    }

    [Fact]
    public async Task Typing_OnlyTheName_LooksNothingUp()
    {
        var provider = await OpenAsync();

        Type(provider, "lead-personname", "王建国");
        _clock.Advance(Pause * 2);

        provider.Render();
        Assert.Empty(Duplicates.Probes);
    }

    [Fact]
    public async Task Save_NoNameAndNoCompany_ShowsTheErrorNextToNameAndSavesNothing()
    {
        var provider = await OpenAsync();
        Type(provider, "lead-phone", "13800138000");

        provider.Find("[data-testid=lead-save]").Click();

        Assert.Contains("Enter the person's name or the company.", TextOf(provider, "field-PersonName"));
        Assert.Empty(Leads.Saved);
    }

    [Fact]
    public async Task Save_NoWayToReach_ShowsTheErrorNextToPhone()
    {
        var provider = await OpenAsync();
        Type(provider, "lead-personname", "王建国");

        provider.Find("[data-testid=lead-save]").Click();

        Assert.Contains("Enter a phone number, an email address or a WeChat id.",
            TextOf(provider, "field-Phone"));
    }

    [Fact]
    public async Task Save_SeveralFieldsWrong_ShowsEveryErrorAtOnce()
    {
        var provider = await OpenAsync();
        Type(provider, "lead-email", "wang@");

        provider.Find("[data-testid=lead-save]").Click();

        Assert.Contains("Enter a valid email address", TextOf(provider, "field-Email"));
        Assert.Contains("Enter the person's name or the company.", TextOf(provider, "field-PersonName"));
    }

    [Fact]
    public async Task Save_ServiceRefusesWithoutNamingAField_ExplainsAboveTheForm()
    {
        Leads.ChangeError = new DomainException("Lead.converted", "A converted lead can no longer be changed.");
        var provider = await OpenAsync();
        Type(provider, "lead-personname", "王建国");
        Type(provider, "lead-email", "wang@huachen.cn");

        provider.Find("[data-testid=lead-save]").Click();

        Assert.Contains("This lead is converted and no longer changes.", TextOf(provider, "lead-error"));
    }

    [Fact]
    public async Task Save_ValidLead_EntersItWithWhatWasTyped()
    {
        var provider = await OpenAsync();
        Type(provider, "lead-personname", "王建国");
        Type(provider, "lead-company", "上海华辰科技");
        Type(provider, "lead-wechatid", "wjg_1988");

        provider.Find("[data-testid=lead-save]").Click();

        var saved = Assert.Single(Leads.Saved);
        Assert.Equal(("王建国", "上海华辰科技", "wjg_1988"), (saved.Profile.PersonName, saved.Profile.Company,
            saved.Profile.WeChatId));
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var text = Services.GetRequiredService<IStringLocalizer<LeadText>>();
        _ = provider.InvokeAsync(() => dialogs.EnterLeadAsync(["华东", "华南"], text));
        await Task.Yield();
        provider.WaitForElement("[data-testid=lead-form]");

        return provider;
    }

    private static void Type(IRenderedComponent<MudDialogProvider> provider, string testId, string value) =>
        provider.Find($"input[data-testid={testId}]").Input(value);

    private static string TextOf(IRenderedComponent<MudDialogProvider> provider, string testId) =>
        provider.Find($"[data-testid={testId}]").TextContent;
}

public sealed class LeadEditDialogChineseTests() : CrmTestContext("zh-CN")
{
    [Fact]
    public async Task Save_NoWayToReach_ExplainsInChinese()
    {
        var provider = Render<MudDialogProvider>();
        var text = Services.GetRequiredService<IStringLocalizer<LeadText>>();
        _ = provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().EnterLeadAsync([], text));
        await Task.Yield();
        provider.WaitForElement("[data-testid=lead-form]");
        provider.Find("input[data-testid=lead-personname]").Input("王建国");

        provider.Find("[data-testid=lead-save]").Click();

        Assert.Contains("请至少填写电话、邮箱或微信号中的一项。", provider.Find("[data-testid=field-Phone]").TextContent);
    }
}
