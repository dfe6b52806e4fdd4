using Crm.Infrastructure.Mail.Inbound;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

public sealed class QuotedHistoryTests
{
    [Theory]
    [InlineData("Works now, thanks!\n\nOn Mon, 2 Mar 2026 at 09:00, Support <support@crm.test> wrote:\n> Restart it.")]
    [InlineData("Works now, thanks!\n\nOn Mon, 2 Mar 2026 at 09:00, Support\n<support@crm.test> wrote:\n> Restart.")]
    [InlineData("Works now, thanks!\n-----Original Message-----\nFrom: Support\nSent: Monday\nRestart it.")]
    [InlineData("Works now, thanks!\n________________________________\nFrom: Support\nSent: 2 March")]
    [InlineData("Works now, thanks!\n\n> Restart it.\n>\n> Support")]
    public void Strip_EnglishClientMarkers_KeepsOnlyTheNewText(string text)
    {
        Assert.Equal("Works now, thanks!", QuotedHistory.Strip(text));
    }

    [Theory]
    [InlineData("好的，谢谢。\n\n在 2026年3月2日 周一 09:00，支持团队 <support@crm.test> 写道：\n> 请重启。")]
    [InlineData("好的，谢谢。\n\n在 2026年3月2日 09:00，支持团队<support@crm.test>\n写道：\n请重启。")]
    [InlineData("好的，谢谢。\n\n------------------ 原始邮件 ------------------\n发件人: 支持团队\n发送时间: 2026年3月2日")]
    [InlineData("好的，谢谢。\n\n发件人: 支持团队 <support@crm.test>\n发送时间: 2026年3月2日 9:00\n主题: 重启")]
    public void Strip_ChineseClientMarkers_KeepsOnlyTheNewText(string text)
    {
        Assert.Equal("好的，谢谢。", QuotedHistory.Strip(text));
    }

    [Fact]
    public void Strip_NoMarker_KeepsTheWholeText()
    {
        var text = "We wrote to you on Monday about the order.\nPlease call us back.";

        Assert.Equal(text, QuotedHistory.Strip(text));
    }

    [Fact]
    public void Strip_QuotedLineInTheMiddle_KeepsTheWholeText()
    {
        var text = "You said:\n> restart it\nI did, and it still fails.";

        Assert.Equal(text, QuotedHistory.Strip(text));
    }
}
