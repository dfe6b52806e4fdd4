using Bunit;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Analytics.Service;
using Crm.Web.Analytics.Service;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Analytics;

/// <summary>The tickets dialog in Simplified Chinese: its headers and the ticket's texts.</summary>
public sealed class TicketRecordsChineseTests() : DashboardTestContext("zh-CN")
{
    [Fact]
    public async Task Show_OneTicket_HeadersAndValuesInChinese()
    {
        RenderProviders();
        TicketRecord[] records =
        [
            new(Guid.NewGuid(), 10001, "VPN 无法连接", "上海精工",
                TicketStatus.PendingCustomer, TicketPriority.High,
                TicketChannel.WeChat, "", new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc)),
        ];
        var dialogs = Services.GetRequiredService<IDialogService>();

        await Dialogs.InvokeAsync(() => dialogs.ShowAsync<TicketRecordsDialog>("微信：1 个工单",
            new DialogParameters<TicketRecordsDialog> { { d => d.Records, records }, { d => d.Title, "微信" } }));

        var headers = Dialogs.WaitForElements("[data-testid=records-table] th").Select(th => th.TextContent);
        Assert.Equal(
            ["工单", "主题", "客户", "状态", "优先级", "渠道", "处理人", "创建时间"], headers);
        Assert.Contains("在队列中", Dialogs.Find("[data-testid=records-row]").TextContent);
    }
}
