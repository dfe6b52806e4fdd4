using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;

namespace Crm.Web.Tests.Customers;

internal static class AccountSamples
{
    public static readonly Guid OwnerId = Guid.Parse("0195a000-0000-7000-8000-000000000001");

    public static AccountRow Row(string name, AccountTier tier = AccountTier.Key, DateTime? lastActivityAt = null) =>
        new(Guid.CreateVersion7(), name, AccountKind.Company, Industry.Technology, tier, "华东", "上海", null,
            OwnerId, "王芳", ["重点客户"], lastActivityAt);

    public static AccountDetails Details(string name = "华为", bool canEdit = true) =>
        new(Guid.CreateVersion7(), 3, Profile(name), ["重点客户"], OwnerId, "王芳", null, null,
            new DateTime(2026, 1, 5, 20, 0, 0, DateTimeKind.Utc), canEdit, canEdit);

    public static AccountProfile Profile(string name) =>
        new(name, AccountKind.Company, Industry.Technology, AccountTier.Key, "华东", "021-5555-0100",
            "info@example.cn", "example.cn", "上海", "浦东新区 1 号");
}
