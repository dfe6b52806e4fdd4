using Crm.Infrastructure.Mail.Inbound;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToPlainText_List_PutsEachItemOnALineOfItsOwn()
    {
        var text = HtmlText.ToPlainText("<p>Steps:</p><ul><li>Open the app</li><li>点击导出</li></ul>");

        Assert.Equal("Steps:\n\n- Open the app\n- 点击导出", text);
    }

    [Fact]
    public void ToPlainText_Link_KeepsTheAddressAfterItsText()
    {
        var text = HtmlText.ToPlainText("<p>See <a href=\"https://status.example.com/\">the status page</a>.</p>");

        Assert.Equal("See the status page (https://status.example.com/).", text);
    }

    [Fact]
    public void ToPlainText_NonBreakingSpacesAndEntities_BecomePlainCharacters()
    {
        var text = HtmlText.ToPlainText("<div>价格&nbsp;&nbsp;&lt;100&gt;&#20803;</div>");

        Assert.Equal("价格 <100>元", text);
    }
}
