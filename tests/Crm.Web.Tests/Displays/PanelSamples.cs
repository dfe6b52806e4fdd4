using System.Collections.Immutable;
using Crm.Domain.Activities;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Displays.Boards;
using Crm.Web.Displays.Wall;
using Crm.Web.Tests.Common;

namespace Crm.Web.Tests.Displays;

/// <summary>Boards with something on every panel, as the panel tests read them.</summary>
internal static class PanelSamples
{
    public static readonly DateTime Now = CrmTestContext.Now;

    public static WallCulture Chinese { get; } = new("zh-CN", WallSamples.Shanghai);

    public static WallCulture English { get; } = new("en-US", WallSamples.Shanghai);

    /// <summary>Amounts in fen: ¥125万 is 125,000,000.</summary>
    public static SalesBoard Sales() => WallSamples.SalesBoard(Now) with
    {
        Leaders =
        [
            new(Guid.NewGuid(), "王芳", 80_000_000, 2, 100_000_000),
            new(Guid.NewGuid(), "张伟", 125_000_000, 3, 100_000_000),
            new(Guid.NewGuid(), "刘洋", 20_000_000, 1, null),
        ],
        Funnel =
        [
            new(Guid.NewGuid(), "初步接洽", 10, 300_000_000),
            new(Guid.NewGuid(), "方案报价", 6, 200_000_000),
            new(Guid.NewGuid(), "商务谈判", 2, 90_000_000),
        ],
        Target = new TargetPace(225_000_000, 300_000_000, 0.5m),
        Forecast = new TeamForecast(225_000_000, 50_000_000, 30_000_000, 100_000_000, 300_000_000),
        ActivitiesToday =
        [
            Activities("王芳", (ActivityKind.Email, 2), (ActivityKind.WeChat, 3)),
            Activities("刘洋"),
            Activities("张伟", (ActivityKind.Call, 5), (ActivityKind.Visit, 1)),
        ],
        Feed =
        [
            Moment(SalesMomentKind.Won, "华为云扩容", null, 50_000_000, Now.AddMinutes(-10)),
            Moment(SalesMomentKind.StageMoved, "腾讯会议室", "方案报价", 20_000_000, Now.AddMinutes(-30)),
            Moment(SalesMomentKind.Lost, "小米门店", null, 5_000_000, Now.AddMinutes(-50)),
        ],
    };

    public static RepActivities Activities(string rep, params (ActivityKind Kind, int Count)[] counts) =>
        new(Guid.NewGuid(), rep, counts.ToImmutableDictionary(c => c.Kind, c => c.Count));

    public static SalesMoment Moment(
        SalesMomentKind kind, string opportunity, string? stage, long? amount, DateTime at, int version = 2) =>
        new(Guid.NewGuid(), version, kind, opportunity, opportunity[..2] + "集团", "张伟", stage, amount, at);

    public static ServiceBoard Service() => WallSamples.ServiceBoard(Now) with
    {
        Queue =
        [
            new(TicketStatus.New, TicketPriority.Critical, 2),
            new(TicketStatus.New, TicketPriority.Low, 3),
            new(TicketStatus.Open, TicketPriority.High, 4),
        ],
        AtRisk =
        [
            Ticket(102, "Printer offline", Now.AddMinutes(42).AddSeconds(7), breached: false),
            Ticket(101, "Cannot sign in", Now.AddMinutes(-5), breached: true),
        ],
        Agents =
        [
            new(Guid.NewGuid(), "Li Na", Availability.Offline, 0),
            new(Guid.NewGuid(), "He Li", Availability.Available, 4),
            new(Guid.NewGuid(), "Zhao Lei", Availability.Away, 2),
        ],
        Today = new ServiceToday(17, 12),
        Satisfaction = new SatisfactionToday(12, 4.5m, 9),
    };

    public static SlaTicket Ticket(int number, string subject, DateTime dueAt, bool breached) =>
        new(Guid.NewGuid(), number, subject, TicketPriority.High, "He Li", SlaGoal.Resolution, dueAt, breached);
}
