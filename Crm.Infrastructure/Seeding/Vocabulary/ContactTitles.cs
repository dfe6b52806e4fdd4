namespace Crm.Infrastructure.Seeding.Vocabulary;

internal static class ContactTitles
{
    public static readonly string[] Chinese =
    [
        "采购经理", "采购总监", "总经理", "副总经理", "技术总监", "CTO", "CIO", "财务总监", "IT经理", "运营总监",
        "销售总监", "项目经理", "行政主管", "市场总监", "董事长助理", "信息中心主任", "高级工程师", "供应链经理",
    ];

    public static readonly string[] English =
    [
        "Procurement Manager", "CTO", "Head of IT", "Finance Director", "Operations Manager", "CEO",
        "Project Manager", "Purchasing Lead", "Regional Director",
    ];

    public static readonly string[] Products = ["CRM 企业版", "数据分析平台", "智能客服模块", "年度维保服务", "移动销售助手"];

    public static readonly string[] EnglishProducts =
        ["CRM Enterprise", "Analytics Platform", "Service Desk add-on", "annual support plan", "Mobile Sales app"];
}
