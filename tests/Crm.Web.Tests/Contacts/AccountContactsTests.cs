using Bunit;
using Crm.Web.Contacts;
using Crm.Web.Tests.Activities;

namespace Crm.Web.Tests.Contacts;

public sealed class AccountContactsTests : TimelineTestContext
{
    [Fact]
    public void Render_ContactWithPhone_LinksTheNumberForDialing()
    {
        ContactService.Rows.Add(FakeContactService.Row(AccountId, "张伟") with { Phone = "+86 21-5555 0101" });

        var cut = Render<AccountContacts>(p => p.Add(c => c.AccountId, AccountId));

        Assert.Equal("tel:+862155550101", cut.Find("[data-testid=contact-phone-link]").GetAttribute("href"));
    }

    [Fact]
    public void Render_ReadOnly_OffersNoAddOrEdit()
    {
        ContactService.Rows.Add(FakeContactService.Row(AccountId, "张伟"));

        var cut = Render<AccountContacts>(p => p.Add(c => c.AccountId, AccountId).Add(c => c.CanEdit, false));

        Assert.Empty(cut.FindAll("[data-testid=contact-add], [data-testid=contact-edit]"));
    }

    [Fact]
    public void PrimaryStar_Clicked_MovesThePrimaryMark()
    {
        ContactService.Rows.Add(FakeContactService.Row(AccountId, "张伟", isPrimary: true));
        ContactService.Rows.Add(FakeContactService.Row(AccountId, "李娜"));
        var cut = Render<AccountContacts>(p => p.Add(c => c.AccountId, AccountId).Add(c => c.CanEdit, true));

        cut.Find("[data-testid=contact-primary]").Click();

        cut.WaitForAssertion(() => Assert.True(ContactService.Rows.Single(r => r.Name == "李娜").IsPrimary));
    }
}
