using Bunit;
using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;
using Crm.Web.Customers;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Customers;

public sealed class AccountsPageTests : CrmTestContext
{
    [Fact]
    public void Render_NoAccounts_ShowsEmptyStateWithCreateAction()
    {
        var page = RenderPage("/accounts");

        page.WaitForElement("[data-testid=accounts-empty]");

        Assert.NotNull(page.Find("[data-testid=accounts-empty-create]"));
    }

    [Fact]
    public void Render_ReadOnlyUser_OffersNoCreateButton()
    {
        Lookups.Owners.Clear();

        var page = RenderPage("/accounts");
        page.WaitForElement("[data-testid=accounts-empty]");

        Assert.Empty(page.FindAll("[data-testid=account-new]"));
    }

    [Fact]
    public void Render_Rows_LinksEachNameToItsAccount()
    {
        var row = AccountSamples.Row("华为", lastActivityAt: Now.AddDays(-3));
        Accounts.Rows.Add(row);

        var page = RenderPage("/accounts");
        var link = page.WaitForElement("[data-testid=account-link]");

        Assert.Equal($"/accounts/{row.Id}", link.GetAttribute("href"));
        Assert.Contains("3 days ago", page.Markup);
    }

    [Fact]
    public void Render_FiltersInTheUrl_AreSentToTheService()
    {
        var page = RenderPage(
            "/accounts?q=%E5%8D%8E%E4%B8%BA&tier=key&region=%E5%8D%8E%E4%B8%9C&sort=created&desc=true");
        page.WaitForElement("[data-testid=accounts-empty]");

        var query = Accounts.Queries.Last();

        var expected = new AccountQuery(
            "华为", null, AccountTier.Key, "华东", null, null, AccountSort.Created, true, 0, 25);
        Assert.Equal(expected, query);
    }

    [Fact]
    public void Render_FilteredWithNoMatches_OffersToClearFilters()
    {
        var page = RenderPage("/accounts?tier=strategic");

        page.WaitForElement("[data-testid=accounts-empty]");

        Assert.NotNull(page.Find("[data-testid=accounts-empty-clear]"));
    }

    private IRenderedComponent<AccountsPage> RenderPage(string uri)
    {
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

        return Render<AccountsPage>();
    }
}
