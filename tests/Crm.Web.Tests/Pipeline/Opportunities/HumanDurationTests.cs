using System.Globalization;
using Crm.Web.Pipeline.Opportunities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tests.Pipeline.Opportunities;

public sealed class HumanDurationTests : OpportunityTestContext
{
    [Theory]
    [InlineData("en-US", 3 * 24 * 60, "3 days")]
    [InlineData("zh-CN", 3 * 24 * 60, "3 天")]
    [InlineData("en-US", 26 * 60, "1 day")]
    [InlineData("en-US", 5 * 60 + 59, "5 hours")]
    [InlineData("zh-CN", 45, "45 分钟")]
    [InlineData("en-US", 0, "less than a minute")]
    public void Format_Span_SaysTheLargestWholeUnit(string culture, int minutes, string expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var text = Services.GetRequiredService<IStringLocalizer<OpportunityText>>();

        Assert.Equal(expected, HumanDuration.Format(TimeSpan.FromMinutes(minutes), text));
    }
}
