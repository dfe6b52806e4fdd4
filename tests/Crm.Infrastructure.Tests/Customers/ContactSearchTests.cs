using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Customers;

public sealed class ContactSearchTests : TimelineServiceTests
{
    private IContactService Contacts => Host.Get<IContactService>();

    [Fact]
    public async Task SearchAsync_ByName_FollowsPinyinOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var name in new[] { "张伟", "李娜", "王芳" })
        {
            await Contacts.CreateAsync(World.EastAccount, ContactServiceTests.Details(name), ct);
        }

        var page = await Contacts.SearchAsync(new ContactQuery(), ct);

        Assert.Equal(["李娜", "王芳", "张伟"], page.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task SearchAsync_TextMatchesMobile_FindsTheContact()
    {
        var ct = TestContext.Current.CancellationToken;
        var details = new ContactDetails("张伟", null, null, "13800138000", null, null);
        await Contacts.CreateAsync(World.EastAccount, details, ct);
        await Contacts.CreateAsync(World.EastAccount, ContactServiceTests.Details("李娜"), ct);

        var page = await Contacts.SearchAsync(new ContactQuery(Text: "138001"), ct);

        Assert.Equal(["张伟"], page.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task SearchAsync_EmailInOtherCase_FindsTheContact()
    {
        var ct = TestContext.Current.CancellationToken;
        var details = new ContactDetails("Tom Lee", null, null, null, "Tom.Lee@Example.com", null);
        await Contacts.CreateAsync(World.EastAccount, details, ct);

        var page = await Contacts.SearchAsync(new ContactQuery(Text: "tom.lee@"), ct);

        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task SearchAsync_AsRep_HidesOtherTeamsContacts()
    {
        var ct = TestContext.Current.CancellationToken;
        await Host.AddContactAsync(World.WestAccount, "赵敏");
        await Host.AddContactAsync(World.EastAccount, "周芷若");

        var page = await Contacts.SearchAsync(new ContactQuery(), ct);

        Assert.Equal(["周芷若"], page.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task SearchAsync_SecondPage_ReturnsTheRestAndTheTotal()
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var name in new[] { "A1", "A2", "A3" })
        {
            await Host.AddContactAsync(World.EastAccount, name);
        }

        var page = await Contacts.SearchAsync(new ContactQuery(Page: 1, PageSize: 2), ct);

        Assert.Equal(["A3"], page.Items.Select(c => c.Name));
        Assert.Equal(3, page.TotalCount);
    }
}
