using System.Xml.Linq;

namespace Crm.Web.Tests.Forecasting;

public sealed class ForecastTextTests
{
    private static readonly string Folder = Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "Crm.Web", "Forecasting");

    [Fact]
    public void Resources_BothLanguages_HaveTheSameKeys()
    {
        var english = Keys("ForecastText.resx");

        var chinese = Keys("ForecastText.zh-CN.resx");

        Assert.Equal(english, chinese);
    }

    private static IReadOnlyList<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).Order(StringComparer.Ordinal)];
}
