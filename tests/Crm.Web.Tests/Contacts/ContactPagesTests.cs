using Bunit;
using Crm.Web.Contacts;
using Crm.Web.Tests.Activities;

namespace Crm.Web.Tests.Contacts;

public sealed class ContactPagesTests : TimelineTestContext
{
    [Fact]
    public void ContactPage_UnknownId_ShowsNotFound()
    {
        var cut = Render<ContactPage>(p => p.Add(c => c.Id, Guid.CreateVersion7()));

        cut.WaitForElement("[data-testid=not-found]");
    }

    [Fact]
    public void ContactPage_KnownContact_ShowsNameAndItsTimeline()
    {
        var row = FakeContactService.Row(AccountId, "张伟");
        ContactService.Rows.Add(row);

        var cut = Render<ContactPage>(p => p.Add(c => c.Id, row.Id));

        cut.WaitForAssertion(() => Assert.Equal("张伟", cut.Find("[data-testid=contact-name-heading]").TextContent));
        cut.WaitForAssertion(() => Assert.Equal(row.Id, ActivityService.Queries[^1].ContactId));
    }

    [Fact]
    public void ContactsPage_Rows_LinkToContactAndAccount()
    {
        var row = FakeContactService.Row(AccountId, "张伟");
        ContactService.Rows.Add(row);

        var cut = Render<ContactsPage>();

        cut.WaitForAssertion(() => Assert.Equal(
            $"/contacts/{row.Id}", cut.Find("[data-testid=contact-link]").GetAttribute("href")));
    }
}
