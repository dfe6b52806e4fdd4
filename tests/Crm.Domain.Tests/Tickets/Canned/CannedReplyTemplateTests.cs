using Crm.Domain.Common;
using Crm.Domain.Tickets.Canned;

namespace Crm.Domain.Tests.Tickets.Canned;

public sealed class CannedReplyTemplateTests
{
    private static readonly CannedReplyValues Full = new(
        12397, "无法登录", "王芳", "wang.fang@example.cn", "杭州云帆科技", "何丽", Languages.Chinese);

    [Theory]
    [InlineData("{{customer.name}}", "王芳")]
    [InlineData("{{ticket.number}}", "#12397")]
    [InlineData("{{ticket.subject}}", "无法登录")]
    [InlineData("{{agent.name}}", "何丽")]
    [InlineData("{{account.name}}", "杭州云帆科技")]
    public void Render_EachPlaceholder_IsFilledFromTheTicket(string body, string expected)
    {
        var text = CannedReplyTemplate.Render(body, Full);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Render_TextAroundPlaceholders_IsKeptVerbatim()
    {
        const string body = "您好 {{customer.name}}，\n\n  工单 {{ticket.number}} 已受理。{ 单括号 } {{未闭合";

        var text = CannedReplyTemplate.Render(body, Full);

        Assert.Equal("您好 王芳，\n\n  工单 #12397 已受理。{ 单括号 } {{未闭合", text);
    }

    [Fact]
    public void Render_SpacesAndCaseInsideBraces_StillFill()
    {
        var text = CannedReplyTemplate.Render("{{ Agent.Name }}", Full);

        Assert.Equal("何丽", text);
    }

    [Fact]
    public void Render_NoContact_GreetsWhoeverWroteIn()
    {
        var values = Full with { ContactName = null, RequesterName = "Li Lei" };

        var text = CannedReplyTemplate.Render("Dear {{customer.name}}", values);

        Assert.Equal("Dear Li Lei", text);
    }

    [Fact]
    public void Render_NoContactNorRequester_GreetsTheAccount()
    {
        var values = Full with { ContactName = null, RequesterName = " " };

        var text = CannedReplyTemplate.Render("{{customer.name}}", values);

        Assert.Equal("杭州云帆科技", text);
    }

    [Theory]
    [InlineData(Languages.Chinese, "尊敬的客户，感谢贵公司")]
    [InlineData(Languages.English, "尊敬的customer，感谢your company")]
    public void Render_NobodyKnown_UsesNeutralWordsOfTheLanguage(string language, string expected)
    {
        var values = new CannedReplyValues(null, null, null, null, null, "何丽", language);

        var text = CannedReplyTemplate.Render("尊敬的{{customer.name}}，感谢{{account.name}}", values);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Render_NoTicketNumber_LeavesItOut()
    {
        var values = Full with { TicketNumber = null };

        var text = CannedReplyTemplate.Render("[{{ticket.number}}]", values);

        Assert.Equal("[]", text);
    }

    [Fact]
    public void Render_UnknownPlaceholder_IsLeftAsWritten()
    {
        var text = CannedReplyTemplate.Render("{{order.id}}", Full);

        Assert.Equal("{{order.id}}", text);
    }

    [Fact]
    public void FirstUnknown_MisspeltName_GivesItsLineAndColumn()
    {
        var unknown = CannedReplyTemplate.FirstUnknown("{{customer.name}}\n  see {{customer.nmae}}");

        Assert.Equal(("customer.nmae", 2, 7), (unknown!.Name, unknown.Line, unknown.Column));
    }

    [Fact]
    public void FirstUnknown_OnlyKnownPlaceholders_IsNull()
    {
        var body = string.Join(" ", CannedReplyTemplate.Placeholders.Select(CannedReplyTemplate.Token));

        Assert.Null(CannedReplyTemplate.FirstUnknown(body));
    }

    [Fact]
    public void EnsureKnown_EmptyBraces_AreRefused()
    {
        var error = Assert.Throws<DomainException>(() => CannedReplyTemplate.EnsureKnown("Hi {{}}"));

        Assert.Equal("Body.unknown-placeholder", error.Code);
    }
}
