using System.Collections;
using System.Globalization;
using System.Resources;
using Crm.Web.Charts;

namespace Crm.Web.Tests.Charts;

public sealed class ChartTextTests
{
    [Fact]
    public void ChartText_EveryEnglishText_HasAChineseOne()
    {
        var resources = new ResourceManager("Crm.Web.Charts.ChartText", typeof(ChartText).Assembly);
        var english = resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var chinese = resources.GetResourceSet(new CultureInfo("zh-CN"), true, false)!;

        var missing = english.Cast<DictionaryEntry>().Select(e => (string)e.Key)
            .Where(key => chinese.GetString(key) is null)
            .ToList();

        Assert.Empty(missing);
    }
}
