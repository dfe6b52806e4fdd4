using Bunit;
using Crm.Domain.Sla;
using Crm.Infrastructure.Tickets.Sla;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Sla;

namespace Crm.Web.Tests.Tickets.Sla;

public sealed class SlaCountdownTests : CrmTestContext
{
    private static readonly WorkingPeriod[] Today = [new(Now, Now.AddHours(4))];

    [Fact]
    public void Countdown_Running_ShowsTheWorkingTimeLeftAndTicksInTheBrowser()
    {
        var clock = new SlaClockCountdown(
            SlaClockKind.FirstResponse, SlaState.Running, Now.AddMinutes(50), 50 * 60_000, 12 * 60_000, Today);

        var countdown = Render<SlaCountdown>(p => p.Add(c => c.Clock, clock).Add(c => c.EvaluatedAt, Now));

        Assert.Contains("0:50:00 left", countdown.Find("[data-sla-value]").TextContent);
        Assert.Single(JSInterop.Invocations, i => i.Identifier == "start");
    }

    [Fact]
    public void Countdown_AtRisk_IsAmber()
    {
        var clock = new SlaClockCountdown(
            SlaClockKind.Resolution, SlaState.AtRisk, Now.AddMinutes(5), 5 * 60_000, 12 * 60_000, Today);

        var countdown = Render<SlaCountdown>(p => p.Add(c => c.Clock, clock).Add(c => c.EvaluatedAt, Now));

        Assert.Contains("mud-warning-text", countdown.Find("[data-testid=sla-countdown-Resolution]").ClassName);
    }

    [Fact]
    public void Countdown_Paused_SaysPausedAndDoesNotTick()
    {
        var clock = new SlaClockCountdown(
            SlaClockKind.Resolution, SlaState.Paused, null, 90 * 60_000, 12 * 60_000, []);

        var countdown = Render<SlaCountdown>(p => p.Add(c => c.Clock, clock).Add(c => c.EvaluatedAt, Now));

        Assert.Contains("Paused · 1:30:00", countdown.Find("[data-sla-value]").TextContent);
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "start");
    }

    [Fact]
    public void Countdown_ChineseUser_ReadsInChinese()
    {
        var clock = new SlaClockCountdown(
            SlaClockKind.FirstResponse, SlaState.Breached, Now.AddMinutes(-5), -5 * 60_000, 12 * 60_000, Today);
        using var chinese = new ChineseContext();

        var countdown = chinese.Render<SlaCountdown>(p => p.Add(c => c.Clock, clock).Add(c => c.EvaluatedAt, Now));

        Assert.Contains("已超时 0:05:00", countdown.Find("[data-sla-value]").TextContent);
    }

    private sealed class ChineseContext() : CrmTestContext("zh-CN");
}
