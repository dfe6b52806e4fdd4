using Crm.Web.Customers;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tests.Customers;

public sealed class RelativeTimeTests() : CrmTestContext("zh-CN")
{
    [Fact]
    public void Format_ThreeDaysAgoInChinese_SaysThreeDaysAgo()
    {
        var text = Services.GetRequiredService<IStringLocalizer<CustomersText>>();

        var said = RelativeTime.Format(Now.AddDays(-3).AddHours(-2), Now, text);

        Assert.Equal("3 天前", said);
    }

    [Fact]
    public void Format_NoActivity_SaysSoInChinese()
    {
        var text = Services.GetRequiredService<IStringLocalizer<CustomersText>>();

        var said = RelativeTime.Format(null, Now, text);

        Assert.Equal("暂无活动", said);
    }
}
