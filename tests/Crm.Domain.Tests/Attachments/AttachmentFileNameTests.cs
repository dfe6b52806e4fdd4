using Crm.Domain.Attachments;

namespace Crm.Domain.Tests.Attachments;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("../../x.png", "x.png")]
    [InlineData(@"..\..\windows\system32\x.png", "x.png")]
    [InlineData("/etc/passwd", "passwd")]
    public void Safe_PathTraversal_KeepsOnlyTheLastSegment(string given, string expected)
    {
        var safe = AttachmentFileName.Safe(given);

        Assert.Equal(expected, safe);
    }

    [Fact]
    public void Safe_ChineseName_IsKeptAsItIs()
    {
        var safe = AttachmentFileName.Safe("报价单.pdf");

        Assert.Equal("报价单.pdf", safe);
    }

    [Theory]
    [InlineData("a<b>c:d|e?.txt", "a_b_c_d_e_.txt")]
    [InlineData("tab\there.log", "tabhere.log")]
    [InlineData("  ..report.pdf.. ", "report.pdf")]
    public void Safe_UnsafeCharacters_AreReplacedOrDropped(string given, string expected)
    {
        var safe = AttachmentFileName.Safe(given);

        Assert.Equal(expected, safe);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../..")]
    [InlineData("???")]
    public void Safe_NothingUsableLeft_IsFile(string given)
    {
        var safe = AttachmentFileName.Safe(given);

        Assert.Equal("file", safe);
    }

    [Fact]
    public void Safe_WindowsDeviceName_IsPrefixed()
    {
        var safe = AttachmentFileName.Safe("CON.txt");

        Assert.Equal("_CON.txt", safe);
    }

    [Fact]
    public void Safe_VeryLongName_IsCutKeepingTheExtension()
    {
        var safe = AttachmentFileName.Safe(new string('长', 300) + ".xlsx");

        Assert.Equal(AttachmentFileName.MaxLength, safe.Length);
        Assert.EndsWith(".xlsx", safe);
    }

    [Fact]
    public void Original_NameWithFolders_KeepsWhatWasGivenForDisplay()
    {
        var original = AttachmentFileName.Original(" ../../客户/x.png\r\n");

        Assert.Equal("../../客户/x.png", original);
    }
}
