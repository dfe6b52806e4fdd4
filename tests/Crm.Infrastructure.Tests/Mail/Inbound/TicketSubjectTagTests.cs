using Crm.Infrastructure.Mail.Inbound;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

public sealed class TicketSubjectTagTests
{
    [Theory]
    [InlineData("[#10234] Printer offline", 10234L)]
    [InlineData("Re: [#10234] Printer offline", 10234L)]
    [InlineData("回复：[#10234] 打印机无法连接", 10234L)]
    [InlineData("答复: RE: Fwd: [#10234] 打印机", 10234L)]
    [InlineData("打印机 ［＃10234］", 10234L)]
    [InlineData("Printer [# 7 ] and [#8]", 7L)]
    public void TryParse_SubjectWithTag_FindsTheNumber(string subject, long expected)
    {
        Assert.True(TicketSubjectTag.TryParse(subject, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Order #10234 is late")]
    [InlineData("[#0] zero")]
    [InlineData("[#99999999999999999999] too long")]
    [InlineData("[#abc] letters")]
    public void TryParse_NoUsableTag_IsFalse(string? subject)
    {
        Assert.False(TicketSubjectTag.TryParse(subject, out _));
    }

    [Fact]
    public void Format_Number_WritesTheTag()
    {
        Assert.Equal("[#10234]", TicketSubjectTag.Format(10234));
    }

    [Theory]
    [InlineData("Re: RE: Fwd: [#10234] Printer offline", "Printer offline")]
    [InlineData("回复：答复: 转发：打印机无法连接", "打印机无法连接")]
    [InlineData("Re[2]: Invoice", "Invoice")]
    [InlineData("Regarding the invoice", "Regarding the invoice")]
    public void Topic_ReplyPrefixesAndTag_AreRemoved(string subject, string expected)
    {
        Assert.Equal(expected, TicketSubjectTag.Topic(subject));
    }
}
