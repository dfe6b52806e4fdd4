using Bunit;
using Crm.Web.Admin;

namespace Crm.Web.Tests.Admin;

public sealed class UsersPageTests : AdminTestContext
{
    private static readonly Guid SalesTeam = Guid.NewGuid();

    [Fact]
    public void Render_Users_ShowsNamesAndTranslatedRoles()
    {
        Admin.Users.Add(FakeUserAdminService.User("Li Lei", SalesTeam, "Sales East", true, "SalesManager"));
        RenderDialogHost();

        var page = Render<UsersPage>();

        page.WaitForAssertion(() => Assert.Contains("Li Lei", page.Find("[data-testid=users-grid]").TextContent));
        Assert.Contains("Sales manager", page.Find("[data-testid=users-grid]").TextContent);
    }

    [Fact]
    public void Render_ChineseCulture_ShowsChineseStatus()
    {
        UseCulture("zh-CN");
        Admin.Users.Add(FakeUserAdminService.User("Li Lei", SalesTeam, "华东销售", active: false));
        RenderDialogHost();

        var page = Render<UsersPage>();

        page.WaitForAssertion(
            () => Assert.Equal("已停用", page.Find("[data-testid=user-status]").TextContent.Trim()));
    }

    [Fact]
    public void Search_TypedName_HidesOtherUsers()
    {
        Admin.Users.Add(FakeUserAdminService.User("Li Lei", SalesTeam, "Sales East"));
        Admin.Users.Add(FakeUserAdminService.User("Jane Doe", SalesTeam, "Sales East"));
        RenderDialogHost();
        var page = Render<UsersPage>();

        page.Find("input[data-testid=users-search]").Input("jane");

        page.WaitForAssertion(() => Assert.DoesNotContain("Li Lei", page.Find("[data-testid=users-grid]").TextContent));
    }
}
