using Bunit;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Web.Contacts;
using Crm.Web.Tests.Activities;
using MudBlazor;

namespace Crm.Web.Tests.Contacts;

public sealed class ContactEditDialogTests : TimelineTestContext
{
    [Fact]
    public void Save_EmptyName_ShowsFieldErrorAndDoesNotCallService()
    {
        var dialogs = OpenNewContactDialog();

        dialogs.Find("[data-testid=contact-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Enter a name.", dialogs.Markup));
        Assert.Empty(ContactService.Created);
    }

    [Fact]
    public void Save_ValidContact_CreatesItOnTheAccountAndCloses()
    {
        var dialogs = OpenNewContactDialog();
        dialogs.Find("[data-testid=contact-name]").Input("李娜");
        dialogs.Find("[data-testid=contact-mobile]").Input("13800138000");

        dialogs.Find("[data-testid=contact-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=contact-save]")));
        var created = Assert.Single(ContactService.Created);
        Assert.Equal((AccountId, "李娜"), (created.AccountId, created.Details.Name));
    }

    [Fact]
    public void Save_ServerRejectsEmail_ShowsTranslatedErrorAndStaysOpen()
    {
        ContactService.FailNextSave = new DomainException("Email.invalid", "bad", "Email");
        var dialogs = OpenNewContactDialog();
        dialogs.Find("[data-testid=contact-name]").Input("李娜");

        dialogs.Find("[data-testid=contact-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Enter a valid email address.", dialogs.Markup));
        Assert.NotEmpty(dialogs.FindAll("[data-testid=contact-save]"));
    }

    [Fact]
    public void Save_StaleVersion_ShowsConflictMessage()
    {
        ContactService.Rows.Add(FakeContactService.Row(AccountId, "张伟"));
        ContactService.FailNextSave = new ConcurrencyConflictException("Contact", ContactService.Rows[0].Id);
        var dialogs = Render<MudDialogProvider>();
        var contacts = Render<AccountContacts>(p => p.Add(c => c.AccountId, AccountId).Add(c => c.CanEdit, true));
        contacts.Find("[data-testid=contact-edit]").Click();

        dialogs.WaitForElement("[data-testid=contact-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains(
            "Someone else changed this contact", dialogs.Find("[data-testid=contact-error]").TextContent));
    }

    private IRenderedComponent<MudDialogProvider> OpenNewContactDialog()
    {
        var dialogs = Render<MudDialogProvider>();
        var contacts = Render<AccountContacts>(p => p.Add(c => c.AccountId, AccountId).Add(c => c.CanEdit, true));
        contacts.Find("[data-testid=contact-add]").Click();
        dialogs.WaitForElement("[data-testid=contact-name]");

        return dialogs;
    }
}
