using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Infrastructure.Common;
using static Crm.Infrastructure.Seeding.Demo.DemoRoster;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Two wall displays to try at once: the East China sales floor and the frontline support room.
/// Their kiosk tokens are written here (and in docs/demo-sign-ins.md) so a demo can be opened
/// without setting one up; a real display's token is random and never stored.
/// </summary>
internal static class DemoDisplays
{
    public const string SalesFloorToken = "demo-east-china-sales-floor-wall-tv-2026-01";
    public const string SupportRoomToken = "demo-frontline-support-room-wall-tv-2026-02";

    public static IReadOnlyList<Display> Build(DateTime now) =>
    [
        Display.Create(IdOf("sales-floor"), SalesFloor(), LinkTokens.Hash(SalesFloorToken), now),
        Display.Create(IdOf("support-room"), SupportRoom(), LinkTokens.Hash(SupportRoomToken), now),
    ];

    private static DisplaySettings SalesFloor() => new(
        "华东销售一组 · 销售大屏", DisplayKind.Sales, TeamId(EastSales),
        [
            new DisplayPage("本月战况", [
                DisplayPanel.Leaderboard, DisplayPanel.SalesFeed, DisplayPanel.Funnel,
                DisplayPanel.TargetGauge, DisplayPanel.Forecast, DisplayPanel.ActivitiesToday,
            ]),
            new DisplayPage("目标与预测", [
                DisplayPanel.TargetGauge, DisplayPanel.Leaderboard, DisplayPanel.Forecast,
            ]),
        ],
        Languages.Chinese);

    private static DisplaySettings SupportRoom() => new(
        "Frontline Support", DisplayKind.Service, TeamId(Frontline),
        [
            new DisplayPage("Queue", [
                DisplayPanel.Queue, DisplayPanel.AtRisk, DisplayPanel.Agents,
                DisplayPanel.Today, DisplayPanel.SatisfactionToday,
            ]),
        ],
        Languages.English);

    private static Guid IdOf(string key) => DeterministicGuid.From("demo:display", key);
}
