using System.Globalization;
using Crm.Domain.Notifications;
using Crm.Infrastructure.Notifications;
using Crm.Web.Notifications;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Crm.Web.Tests.Notifications;

public sealed class NotificationMessageTests
{
    private static readonly DateTime At = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("en-US", "陈丽 moved your opportunity 年度框架协议 to Negotiation")]
    [InlineData("zh-CN", "陈丽 将你的商机 年度框架协议 移到了「Negotiation」阶段")]
    public void Plain_OpportunityMovedByOther_ReadsInTheReadersLanguage(string culture, string expected)
    {
        var item = Item(NotificationKind.OpportunityMovedByOther, "陈丽", new()
        {
            [NotificationArguments.Opportunity] = "年度框架协议",
            [NotificationArguments.Stage] = "Negotiation",
        });

        var text = InCulture(culture, () => NotificationMessage.Plain(item, Localizer()));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Plain_NoActor_ReadsWithoutASubject()
    {
        var item = Item(NotificationKind.LeadAssigned, null, new() { [NotificationArguments.Lead] = "星海科技" });

        var text = InCulture("en-US", () => NotificationMessage.Plain(item, Localizer()));

        Assert.Equal("The lead 星海科技 was assigned to you", text);
    }

    [Fact]
    public void Parts_Arguments_AreMarkedAsValues()
    {
        var item = Item(
            NotificationKind.LeadAssigned, "陈丽", new() { [NotificationArguments.Lead] = "星海科技" });

        var parts = InCulture("en-US", () => NotificationMessage.Parts(item, Localizer()));

        Assert.Equal(["陈丽", "星海科技"], parts.Where(p => p.IsValue).Select(p => p.Text));
    }

    [Fact]
    public void Plain_KindThisBuildDoesNotKnow_ReadsAsANewNotification()
    {
        var item = Item((NotificationKind)999, "陈丽", []);

        var text = InCulture("en-US", () => NotificationMessage.Plain(item, Localizer()));

        Assert.Equal("You have a new notification", text);
    }

    [Fact]
    public void Plain_MissingArgument_SaysUnknown()
    {
        var item = Item(NotificationKind.LeadQueued, null, new() { [NotificationArguments.Lead] = "星海科技" });

        var text = InCulture("en-US", () => NotificationMessage.Plain(item, Localizer()));

        Assert.Equal("The lead 星海科技 is waiting in the (unknown) queue", text);
    }

    private static NotificationItem Item(
        NotificationKind kind, string? actorName, Dictionary<string, string> arguments) =>
        new(Guid.CreateVersion7(), kind, null, arguments, At, null, null, actorName);

    private static IStringLocalizer<NotificationText> Localizer() =>
        new StringLocalizer<NotificationText>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static T InCulture<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
