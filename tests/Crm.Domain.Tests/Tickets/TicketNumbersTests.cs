using Crm.Domain.Tickets;

namespace Crm.Domain.Tests.Tickets;

public sealed class TicketNumbersTests
{
    [Fact]
    public void Format_Number_ReadsWithAHash() => Assert.Equal("#10234", TicketNumbers.Format(10234));

    [Fact]
    public void SubjectTag_Number_IsBracketed() => Assert.Equal("[#10234]", TicketNumbers.SubjectTag(10234));

    [Theory]
    [InlineData("#10234", 10234)]
    [InlineData(" 10234 ", 10234)]
    [InlineData("#0", null)]
    [InlineData("#10234x", null)]
    [InlineData("", null)]
    [InlineData("#-5", null)]
    public void Parse_Text_ReadsOnlyWholeNumbers(string text, int? expected) =>
        Assert.Equal(expected, TicketNumbers.Parse(text));

    [Theory]
    [InlineData("Re: [#10234] 发票抬头有误", 10234)]
    [InlineData("回复：[ # 10235 ] VPN", 10235)]
    [InlineData("答复: RE: Fwd: [#10234] 打印机", 10234)]
    [InlineData("打印机 ［＃10234］", 10234)]
    [InlineData("Printer [# 7 ] and [#8]", 7)]
    [InlineData("Fwd: invoice #10234", null)]
    [InlineData("[#0] zero", null)]
    [InlineData("[#99999999999999999999] too long", null)]
    [InlineData(null, null)]
    public void FindInSubject_MailSubject_FindsTheTag(string? subject, int? expected) =>
        Assert.Equal(expected, TicketNumbers.FindInSubject(subject));

    [Fact]
    public void TagSubject_AlreadyTagged_LeavesTheSubject() =>
        Assert.Equal("Re: [#10234] VPN", TicketNumbers.TagSubject(10234, "Re: [#10234] VPN"));

    [Fact]
    public void TagSubject_Untagged_PutsTheTagInFront() =>
        Assert.Equal("[#10234] VPN 无法连接", TicketNumbers.TagSubject(10234, "VPN 无法连接"));

    [Theory]
    [InlineData("Re: RE: Fwd: [#10234] Printer offline", "Printer offline")]
    [InlineData("回复：答复: 转发：打印机无法连接", "打印机无法连接")]
    [InlineData("Re[2]: Invoice", "Invoice")]
    [InlineData("回复：［＃10234］ 发票", "发票")]
    [InlineData("Regarding the invoice", "Regarding the invoice")]
    public void Topic_ReplyPrefixesAndTag_AreRemoved(string subject, string expected) =>
        Assert.Equal(expected, TicketNumbers.Topic(subject));
}
