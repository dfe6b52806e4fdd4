using System.Xml.Linq;

namespace Crm.Web.Tests.Pipeline.Opportunities;

public sealed class OpportunityTextTests
{
    private static readonly string Folder = Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "Crm.Web", "Pipeline", "Opportunities");

    [Fact]
    public void Resources_BothLanguages_HaveTheSameKeys()
    {
        var english = Keys("OpportunityText.resx");

        var chinese = Keys("OpportunityText.zh-CN.resx");

        Assert.Equal(english, chinese);
    }

    private static IReadOnlyList<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).Order(StringComparer.Ordinal)];
}
