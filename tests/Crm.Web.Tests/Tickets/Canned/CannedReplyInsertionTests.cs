using Crm.Web.Tickets.Canned;

namespace Crm.Web.Tests.Tickets.Canned;

public sealed class CannedReplyInsertionTests
{
    [Theory]
    [InlineData(null, "Reply")]
    [InlineData("  ", "Reply")]
    [InlineData("Typed", "Typed\n\nReply")]
    [InlineData("Typed\n", "Typed\n\nReply")]
    [InlineData("Typed\n\n", "Typed\n\nReply")]
    public void Append_Draft_KeepsItAndAddsTheReplyAsAParagraph(string? draft, string expected)
    {
        Assert.Equal(expected, CannedReplyInsertion.Append(draft, "Reply"));
    }

    [Fact]
    public void InsertAt_Caret_PutsTheTextThereAndTheCaretAfterIt()
    {
        var (text, caret) = CannedReplyInsertion.InsertAt("您好，！", "{{customer.name}}", 3);

        Assert.Equal(("您好，{{customer.name}}！", 20), (text, caret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(99)]
    public void InsertAt_UnknownOrStaleCaret_Appends(int? caret)
    {
        var (text, _) = CannedReplyInsertion.InsertAt("Hi ", "{{agent.name}}", caret);

        Assert.Equal("Hi {{agent.name}}", text);
    }
}
