using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Tests.Common;
using Crm.Web.Tests.Tickets.Workspace;

namespace Crm.Web.Tests.Tickets.Customer360;

internal static class CustomerSamples
{
    public static readonly Guid Account = Guid.CreateVersion7();

    /// <summary>上海精工, a key account of 张伟: an open opportunity, a visit and one more ticket.</summary>
    public static TicketCustomerSummary Summary(bool canOpenOpportunity = true) =>
        new(Guid.CreateVersion7(), 12397,
            new CustomerAccount(Account, "上海精工", AccountTier.Key, "张伟", true),
            new CustomerContact(
                Guid.CreateVersion7(), "王健", "IT 经理", "wang.jian@jinggong.example.cn", null, true),
            null, "wang.jian@jinggong.example.cn",
            new CustomerOpportunities(
                [new CustomerOpportunity(
                    Guid.CreateVersion7(), "精工二期扩容", "方案报价", new Money(12_000_000, "CNY"),
                    new DateOnly(2026, 6, 30), canOpenOpportunity)],
                1, new Money(12_000_000, "CNY")),
            [new CustomerActivity(Guid.CreateVersion7(), ActivityKind.Visit, "上门巡检", "张伟", "王健",
                CrmTestContext.Now.AddDays(-1))],
            new CustomerTickets([WorkspaceSamples.Row(12380, "打印机脱机")], 1));

    public static TicketCustomerSummary Empty() =>
        Summary() with
        {
            Opportunities = CustomerOpportunities.None,
            RecentActivities = [],
            OtherOpenTickets = CustomerTickets.None,
        };
}
