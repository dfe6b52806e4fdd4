using System.Xml.Linq;

namespace Crm.Web.Tests.Targets;

public sealed class TargetTextTests
{
    private static readonly string Folder = Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "Crm.Web", "Targets");

    // Every code the domain and the service raise for a target, as the cells look them up.
    private static readonly string[] Codes =
    [
        "Value.negative", "Value.precision", "Value.whole", "Value.too-large", "Value.invalid", "Measure.invalid",
        "Period.unknown", "Subject.missing", "Subject.inactive", "Subject.not-sales", "Subject.kind",
    ];

    [Fact]
    public void Resources_BothLanguages_HaveTheSameKeys()
    {
        var english = Keys("TargetText.resx");

        var chinese = Keys("TargetText.zh-CN.resx");

        Assert.Equal(english, chinese);
    }

    [Fact]
    public void Resources_EveryTargetErrorCode_HasAMessage()
    {
        var english = Keys("TargetText.resx");

        Assert.All(Codes, code => Assert.Contains($"Error.{code}", english));
    }

    private static IReadOnlyList<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).Order(StringComparer.Ordinal)];
}
