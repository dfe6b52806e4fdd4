using Crm.Domain.Common;

namespace Crm.Domain.Tests.Common;

public sealed class NameSortKeyTests
{
    [Fact]
    public void For_ChineseNames_OrdersByPinyin()
    {
        string[] names = ["张伟", "阿里巴巴", "成都天府", "北京明德"];

        var ordered = names.OrderBy(NameSortKey.For, StringComparer.Ordinal).ToArray();

        Assert.Equal(["阿里巴巴", "北京明德", "成都天府", "张伟"], ordered);
    }

    [Fact]
    public void For_LatinNames_IgnoresCase()
    {
        Assert.Equal(NameSortKey.For("acme"), NameSortKey.For("ACME"));
    }

    [Fact]
    public void For_MixedNames_PutsChineseBeforeLatinAsChineseCollationDoes()
    {
        string[] names = ["Zenith Labs", "北京明德", "Acme", "阿里巴巴"];

        var ordered = names.OrderBy(NameSortKey.For, StringComparer.Ordinal).ToArray();

        Assert.Equal(["阿里巴巴", "北京明德", "Acme", "Zenith Labs"], ordered);
    }
}
