using Crm.Infrastructure.Export;

namespace Crm.Infrastructure.Tests.Export;

public sealed class ExportFileNameTests
{
    [Fact]
    public void For_ChineseTitle_KeepsTitleAndAddsDate()
    {
        var name = ExportFileName.For("销售漏斗", new DateOnly(2026, 4, 7), ExportFormat.Xlsx);

        Assert.Equal("销售漏斗 2026-04-07.xlsx", name);
    }

    [Fact]
    public void For_UnsafeCharacters_ReplacesThem()
    {
        var name = ExportFileName.For("Won/lost: Q1?", new DateOnly(2026, 4, 7), ExportFormat.Csv);

        Assert.Equal("Won_lost_ Q1_ 2026-04-07.csv", name);
    }

    [Fact]
    public void For_BlankTitle_UsesExport()
    {
        var name = ExportFileName.For("  ", new DateOnly(2026, 4, 7), ExportFormat.Csv);

        Assert.Equal("export 2026-04-07.csv", name);
    }
}
