using Crm.Domain.Common;
using Crm.Domain.Products;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>How a product is sold, which tells line items how to size it.</summary>
internal enum ProductUnit
{
    /// <summary>Per user and year: a licence or a per-user module.</summary>
    PerUser,

    /// <summary>One per customer and year: a platform, a package, a support plan.</summary>
    PerYear,

    /// <summary>Consultant or trainer days.</summary>
    PerDay,

    /// <summary>Once per project.</summary>
    Once,
}

/// <summary>A catalogue entry: code, name, list price and how it is sold.</summary>
internal sealed record ProductSpec(
    string Code, string Name, decimal ListPrice, string Currency, ProductUnit Unit, bool Active = true)
{
    public Guid Id { get; } = DeterministicGuid.From("demo:product", Code);

    public Money Price => Money.Of(ListPrice, Currency);
}

/// <summary>
/// 华辰科技's price list: CRM editions per user, add-on modules, the analytics platform,
/// implementation and training by the day, support plans, an international price list in US
/// dollars for foreign customers, and one discontinued perpetual licence.
/// </summary>
internal static class DemoProducts
{
    public static readonly ProductSpec[] All =
    [
        new("CRM-STD", "CRM 标准版（每用户/年）", 1_200m, "CNY", ProductUnit.PerUser),
        new("CRM-ENT", "CRM 企业版（每用户/年）", 2_400m, "CNY", ProductUnit.PerUser),
        new("CRM-ULT", "CRM 旗舰版（每用户/年）", 3_600m, "CNY", ProductUnit.PerUser),
        new("MOB-SALES", "移动销售助手（每用户/年）", 480m, "CNY", ProductUnit.PerUser),
        new("SVC-DESK", "智能客服模块（每坐席/年）", 1_800m, "CNY", ProductUnit.PerUser),
        new("AI-ASSIST", "AI 销售助理（每用户/年）", 1_500m, "CNY", ProductUnit.PerUser),
        new("BI-SEAT", "数据分析席位（每用户/年）", 900m, "CNY", ProductUnit.PerUser),
        new("BI-PLAT", "数据分析平台（每套/年）", 120_000m, "CNY", ProductUnit.PerYear),
        new("MKT-AUTO", "营销自动化模块（每年）", 60_000m, "CNY", ProductUnit.PerYear),
        new("API-PACK", "开放接口包（每年）", 30_000m, "CNY", ProductUnit.PerYear),
        new("SSO-SEC", "单点登录与安全套件（每年）", 25_000m, "CNY", ProductUnit.PerYear),
        new("STORAGE-1T", "扩展存储 1TB（每年）", 3_000m, "CNY", ProductUnit.PerYear),
        new("IMPL-STD", "标准实施服务（人天）", 2_500m, "CNY", ProductUnit.PerDay),
        new("IMPL-SR", "高级顾问实施（人天）", 4_000m, "CNY", ProductUnit.PerDay),
        new("TRAIN-DAY", "现场培训（天）", 6_000m, "CNY", ProductUnit.PerDay),
        new("DATA-MIG", "数据迁移服务（每项目）", 40_000m, "CNY", ProductUnit.Once),
        new("SUP-STD", "年度维保服务·标准", 50_000m, "CNY", ProductUnit.PerYear),
        new("SUP-PREM", "年度维保服务·尊享", 120_000m, "CNY", ProductUnit.PerYear),
        new("CRM-ENT-INTL", "CRM Enterprise, global price list (per user / year)", 360m, "USD", ProductUnit.PerUser),
        new("IMPL-REMOTE", "Remote implementation (consultant day)", 800m, "USD", ProductUnit.PerDay),
        new("SUP-GLOBAL", "Global Premier Support (per year)", 18_000m, "USD", ProductUnit.PerYear),
        new("CRM-V8-PERP", "CRM 8.x 永久授权（已停售）", 98_000m, "CNY", ProductUnit.Once, Active: false),
    ];

    public static ProductSpec Get(string code) => All.Single(p => p.Code == code);

    public static List<Product> Build(DateTime at) => All.Select(spec =>
    {
        var product = Product.Create(spec.Id, spec.Name, spec.Code, spec.Price, at);
        if (!spec.Active)
        {
            product.Deactivate(at);
        }

        return product;
    }).ToList();
}
