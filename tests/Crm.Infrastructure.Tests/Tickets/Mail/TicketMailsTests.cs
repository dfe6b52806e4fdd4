using Crm.Infrastructure.Tickets.Mail;

namespace Crm.Infrastructure.Tests.Tickets.Mail;

public sealed class TicketMailsTests
{
    private const string CannedReply =
        "王先生，您好！\n\n请先重启打印机。\n\n何丽\n华辰科技客户服务中心";

    [Fact]
    public void Reply_AgentGreetsAndSigns_TheMailSaysEachOnce()
    {
        var mail = TicketMails.Reply(
            12402, "打印机无法连接", CannedReply, "wang@customer.test", "王先生", "zh-CN");

        var text = mail.TextBody;
        Assert.Single(Occurrences(text, "您好"));
        Assert.Single(Occurrences(text, "何丽"));
        Assert.StartsWith("王先生，您好！", text, StringComparison.Ordinal);
        Assert.Equal("Re: [#12402] 打印机无法连接", mail.Subject);
    }

    [Fact]
    public void Reply_Html_KeepsTheAgentsParagraphsWithoutAGreetingOfItsOwn()
    {
        var mail = TicketMails.Reply(12402, "Printer", "Please restart it.", "x@customer.test", "Amy", "en-US");

        Assert.DoesNotContain("Hello", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Please restart it.", mail.HtmlBody, StringComparison.Ordinal);
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
