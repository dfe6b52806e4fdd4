using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Admin;

public sealed class MudBlazorTextTests : AdminTestContext
{
    [Fact]
    public void Pager_ChineseCulture_ShowsChineseRowsPerPage()
    {
        UseCulture("zh-CN");

        var grid = RenderPagedGrid();

        Assert.Contains("每页行数：", grid.Markup);
    }

    [Fact]
    public void Pager_EnglishCulture_FallsBackToMudBlazorEnglish()
    {
        var grid = RenderPagedGrid();

        Assert.Contains("Rows per page:", grid.Markup);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Indexer_KeyWithoutTranslation_ReportsResourceNotFound(string culture)
    {
        UseCulture(culture);

        var text = Services.GetRequiredService<MudLocalizer>()["MudSomething_NotTranslated"];

        Assert.True(text.ResourceNotFound);
    }

    [Fact]
    public void Indexer_ChineseCulture_KeepsPlaceholdersOfInfoFormat()
    {
        UseCulture("zh-CN");

        var text = Services.GetRequiredService<MudLocalizer>()["MudDataGridPager_InfoFormat"];

        Assert.Equal("第 1-10 条，共 42 条", string.Format(text.Value, 1, 10, 42));
    }

    private IRenderedComponent<MudDataGrid<int>> RenderPagedGrid()
    {
        Render<MudPopoverProvider>();

        return Render<MudDataGrid<int>>(p => p
            .Add(g => g.Items, Enumerable.Range(1, 30))
            .Add(g => g.PagerContent, builder =>
            {
                builder.OpenComponent<MudDataGridPager<int>>(0);
                builder.CloseComponent();
            }));
    }
}
