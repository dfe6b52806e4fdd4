using Bunit;
using Crm.Infrastructure.Leads;
using Crm.Web.Customers;
using Crm.Web.Tests.Common;

namespace Crm.Web.Tests.Customers;

public sealed class AccountPageTests : CrmTestContext
{
    [Fact]
    public void Render_EditableAccount_OffersEditAndDelete()
    {
        var details = AccountSamples.Details(canEdit: true);
        Accounts.Details[details.Id] = details;

        var page = Render<AccountPage>(p => p.Add(x => x.Id, details.Id));

        Assert.NotNull(page.Find("[data-testid=account-edit]"));
        Assert.NotNull(page.Find("[data-testid=account-delete]"));
    }

    [Fact]
    public void Render_ReadOnlyAccount_HidesEditAndDelete()
    {
        var details = AccountSamples.Details(canEdit: false);
        Accounts.Details[details.Id] = details;

        var page = Render<AccountPage>(p => p.Add(x => x.Id, details.Id));

        Assert.Empty(page.FindAll("[data-testid=account-edit]"));
        Assert.Empty(page.FindAll("[data-testid=account-delete]"));
    }

    [Fact]
    public void Render_AccountALeadBecame_LinksTheLead()
    {
        var details = AccountSamples.Details(canEdit: true);
        Accounts.Details[details.Id] = details;
        var lead = new SourceLead(Guid.CreateVersion7(), "王建国", Now.AddDays(-3), null);
        Conversions.Sources[details.Id] = [lead];

        var page = Render<AccountPage>(p => p.Add(x => x.Id, details.Id));

        Assert.Equal($"/leads/{lead.Id}", page.Find("[data-testid=source-lead]").GetAttribute("href"));
    }

    [Fact]
    public void Render_UnknownId_ShowsNotFoundContent()
    {
        var page = Render<AccountPage>(p => p.Add(x => x.Id, Guid.CreateVersion7()));

        Assert.NotNull(page.Find("[data-testid=not-found]"));
    }

    [Fact]
    public void Render_Account_LinksPhoneAndEmailAndShowsCreatedInUsersZone()
    {
        var details = AccountSamples.Details();
        Accounts.Details[details.Id] = details;

        var page = Render<AccountPage>(p => p.Add(x => x.Id, details.Id));

        Assert.Equal("tel:021-5555-0100", page.Find("[data-testid=profile-phone] a").GetAttribute("href"));
        Assert.Equal("mailto:info@example.cn", page.Find("[data-testid=profile-email] a").GetAttribute("href"));
        // 20:00 UTC on 5 January is already 6 January in Shanghai.
        Assert.Contains("January 6, 2026", page.Find("[data-testid=profile-created]").TextContent);
    }
}
