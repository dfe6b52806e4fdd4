using AngleSharp.Dom;
using Bunit;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Web.Customers;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Tests.Customers;

public sealed class AccountEditDialogTests : CrmTestContext
{
    [Fact]
    public async Task Save_EmptyName_ShowsErrorNextToNameAndCallsNoService()
    {
        var provider = await OpenAsync(null);

        provider.Find("[data-testid=account-save]").Click();

        Assert.Contains("Enter the account's name.", provider.Find("[data-testid=field-Name]").TextContent);
        Assert.Empty(Accounts.Saved);
    }

    [Fact]
    public async Task Save_ServiceRejectsEmail_ShowsTranslatedErrorNextToEmail()
    {
        Accounts.SaveError = new DomainException("Email.invalid", "Email is not a valid email address.", "Email");
        var provider = await OpenAsync(null);
        Type(provider, "account-name", "华为");

        provider.Find("[data-testid=account-save]").Click();

        Assert.Contains("Enter a valid email address", provider.Find("[data-testid=field-Email]").TextContent);
        Assert.DoesNotContain("Enter a valid email address", provider.Find("[data-testid=field-Name]").TextContent);
    }

    [Fact]
    public async Task Save_ConcurrencyConflict_ExplainsAndKeepsTheInput()
    {
        var details = AccountSamples.Details("华为");
        Accounts.Details[details.Id] = details;
        Accounts.SaveError = new ConcurrencyConflictException("Account", details.Id);
        var provider = await OpenAsync(details.Id);
        Type(provider, "account-name", "华为技术");

        provider.Find("[data-testid=account-save]").Click();

        var conflict = provider.Find("[data-testid=account-conflict]");
        Assert.Contains("Someone else changed this account", conflict.TextContent);
        Assert.Equal("华为技术", provider.Find("input[data-testid=account-name]").GetAttribute("value"));
    }

    [Fact]
    public async Task Save_ReadOnlyAccess_ExplainsAboveTheForm()
    {
        Accounts.SaveError = new ForbiddenException("You can read this account but not change it.");
        var provider = await OpenAsync(null);
        Type(provider, "account-name", "华为");

        provider.Find("[data-testid=account-save]").Click();

        Assert.Equal("You can read this account but not change it.",
            provider.WaitForElement("[data-testid=account-error]").TextContent.Trim());
    }

    [Fact]
    public async Task KeyDown_EnterInTheForm_SavesTheAccount()
    {
        var provider = await OpenAsync(null);
        Type(provider, "account-name", "华为");

        provider.Find("[data-testid=account-form]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal("华为", Assert.Single(Accounts.Saved).Profile.Name);
    }

    [Fact]
    public async Task KeyDown_EnterWithTagTyped_AddsTagInsteadOfSaving()
    {
        var provider = await OpenAsync(null);
        Type(provider, "account-tag-input", "重点客户");

        provider.Find("[data-testid=account-form]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Single(provider.FindAll("[data-testid=account-tag]"));
        Assert.Empty(Accounts.Saved);
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(Guid? accountId)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var text = Services.GetRequiredService<IStringLocalizer<CustomersText>>();
        _ = provider.InvokeAsync(() => dialogs.ShowAccountEditorAsync(accountId, text));
        await Task.Yield();
        provider.WaitForElement("[data-testid=account-form]");

        return provider;
    }

    private static void Type(IRenderedComponent<MudDialogProvider> provider, string testId, string value)
    {
        IElement input = provider.Find($"input[data-testid={testId}]");
        input.Input(value);
    }
}
