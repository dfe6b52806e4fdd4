namespace Crm.Infrastructure.Tests.Common;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void Locate_ConfiguredFolderMissing_ReportsWhyInsteadOfFallingBack()
    {
        var binaries = PostgresBinaries.Locate("/nonexistent/postgresql/bin");

        Assert.Null(binaries.Directory);
        Assert.Contains("CRM_PG_BIN is '/nonexistent/postgresql/bin'", binaries.Problem);
    }
}
