using Crm.Infrastructure.Export;

namespace Crm.Infrastructure.Tests.Export;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-3", "'-3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    public void Neutralise_TriggerFirst_PrefixesQuote(string text, string expected)
    {
        Assert.Equal(expected, FormulaGuard.Neutralise(text));
    }

    [Theory]
    [InlineData("a=b")]
    [InlineData(" =1")]
    [InlineData("'=1")]
    [InlineData("客户")]
    [InlineData("")]
    public void Neutralise_NoTriggerFirst_LeavesText(string text)
    {
        Assert.Equal(text, FormulaGuard.Neutralise(text));
    }
}
