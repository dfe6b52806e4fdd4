using Bunit;
using Crm.Infrastructure.Admin;
using Crm.Web.Admin;

namespace Crm.Web.Tests.Admin;

public sealed class TeamsPageTests : AdminTestContext
{
    [Fact]
    public void Render_Teams_ShowsKindManagerAndMembers()
    {
        Admin.Teams.Add(
            new AdminTeamRow(Guid.NewGuid(), 1, "华东销售", Domain.Teams.TeamKind.Sales, "华东", null, "王芳", 7));
        RenderDialogHost();

        var page = Render<TeamsPage>();

        page.WaitForAssertion(() => Assert.Contains("王芳", page.Find("[data-testid=teams-grid]").TextContent));
        Assert.Contains("Sales", page.Find("[data-testid=teams-grid]").TextContent);
    }
}
