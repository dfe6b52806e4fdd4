using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Customers;

public sealed class ContactServiceTests : TimelineServiceTests
{
    private IContactService Contacts => Host.Get<IContactService>();

    [Fact]
    public async Task UpdateAsync_StaleVersion_ThrowsConcurrencyConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await Contacts.CreateAsync(World.EastAccount, Details("张三"), ct);
        var loaded = await Contacts.GetAsync(id, ct);
        await Contacts.UpdateAsync(id, loaded.Version, Details("张三丰"), ct);

        var act = () => Contacts.UpdateAsync(id, loaded.Version, Details("张三 (old tab)"), ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(act);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_KeepsTheOtherSave()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await Contacts.CreateAsync(World.EastAccount, Details("张三"), ct);
        var loaded = await Contacts.GetAsync(id, ct);
        await Contacts.UpdateAsync(id, loaded.Version, Details("张三丰"), ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Contacts.UpdateAsync(id, loaded.Version, Details("张三 (old tab)"), ct));
        var current = await Contacts.GetAsync(id, ct);

        Assert.Equal("张三丰", current.Details.Name);
    }

    [Fact]
    public async Task CreateAsync_InvalidEmail_ThrowsNamingTheField()
    {
        var details = Details("张三") with { Email = "not-an-email" };

        var error = await Assert.ThrowsAsync<DomainException>(
            () => Contacts.CreateAsync(World.EastAccount, details, TestContext.Current.CancellationToken));

        Assert.Equal(("Email.invalid", "Email"), (error.Code, error.Field));
    }

    [Fact]
    public async Task CreateAsync_FirstContactOfAccount_BecomesPrimary()
    {
        var ct = TestContext.Current.CancellationToken;

        var first = await Contacts.CreateAsync(World.EastAccount, Details("张三"), ct);
        var second = await Contacts.CreateAsync(World.EastAccount, Details("李四"), ct);

        Assert.True((await Contacts.GetAsync(first, ct)).IsPrimary);
        Assert.False((await Contacts.GetAsync(second, ct)).IsPrimary);
    }

    [Fact]
    public async Task MarkPrimaryAsync_AnotherContact_MovesTheMark()
    {
        var ct = TestContext.Current.CancellationToken;
        await Contacts.CreateAsync(World.EastAccount, Details("张三"), ct);
        var second = await Contacts.CreateAsync(World.EastAccount, Details("李四"), ct);

        await Contacts.MarkPrimaryAsync(second, ct);
        var list = await Contacts.ListByAccountAsync(World.EastAccount, ct);

        Assert.Equal([("李四", true), ("张三", false)], list.Select(c => (c.Name, c.IsPrimary)));
    }

    [Fact]
    public async Task CreateAsync_AsMarketer_ThrowsForbidden()
    {
        Host.CurrentUser.SignIn(World.Marketer);

        var act = () => Contacts.CreateAsync(
            World.EastAccount, Details("张三"), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ForbiddenException>(act);
    }

    [Fact]
    public async Task CreateAsync_AsSupportAgentOnAnyAccount_Succeeds()
    {
        Host.CurrentUser.SignIn(World.SupportAgent);

        var id = await Contacts.CreateAsync(World.WestAccount, Details("Tom"), TestContext.Current.CancellationToken);

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public async Task GetAsync_ContactOfAnotherTeamsAccount_ThrowsNotFound()
    {
        var foreign = await Host.AddContactAsync(World.WestAccount, "赵敏");

        var act = () => Contacts.GetAsync(foreign, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<NotFoundException>(act);
    }

    [Fact]
    public async Task DeleteAsync_ThenRestore_ContactIsBack()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await Contacts.CreateAsync(World.EastAccount, Details("张三"), ct);
        await Contacts.DeleteAsync(id, 1, ct);

        await Contacts.RestoreAsync(id, ct);

        Assert.Equal("张三", (await Contacts.GetAsync(id, ct)).Details.Name);
    }

    internal static ContactDetails Details(string name) => new(name, "采购经理", "021-5555 0101", null, null, null);
}
