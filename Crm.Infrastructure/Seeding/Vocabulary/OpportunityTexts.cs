namespace Crm.Infrastructure.Seeding.Vocabulary;

/// <summary>
/// What seeded opportunities are called and why they were won or lost, in Chinese and in
/// English (for foreign customers). 华辰科技 sells CRM licences, add-on modules, implementation
/// and support.
/// </summary>
internal static class OpportunityTexts
{
    private static readonly string[] ChineseTopics =
        ["CRM 企业版", "CRM 标准版", "数据分析平台", "智能客服模块", "移动销售助手", "营销自动化", "AI 销售助理"];

    private static readonly string[] ChineseKinds =
    [
        "采购项目", "二期扩容", "试点", "全面上线", "升级改造", "集团推广", "年度框架采购", "替换旧系统", "新分公司上线",
    ];

    private static readonly string[] EnglishTopics =
        ["CRM Enterprise", "Analytics Platform", "Service Desk add-on", "Mobile Sales", "Marketing Automation"];

    private static readonly string[] EnglishKinds =
        ["rollout", "expansion", "pilot", "upgrade", "regional rollout", "replacement of legacy CRM"];

    public static readonly string[] ChineseWonReasons =
    [
        "方案贴合业务流程，客户认可实施团队", "价格与服务综合最优", "试点效果超出预期", "与现有 ERP 集成方案获认可",
        "客户高层支持，决策快速", "本地化服务响应快，胜过竞品",
    ];

    public static readonly string[] ChineseLostReasons =
    [
        "价格高于竞品", "预算冻结，项目暂缓", "客户选择了竞争对手", "项目取消", "需求变更，转为自研", "决策人变动，无进展",
    ];

    public static readonly string[] EnglishWonReasons =
        ["Best fit for their sales process", "Strong pilot results", "Integration with their ERP won it", "Best value"];

    public static readonly string[] EnglishLostReasons =
        ["Went with a competitor", "Budget frozen", "Project cancelled", "Price above competing offers", "No decision"];

    public static readonly string[] ChineseNextSteps =
    [
        "本周五前发送正式报价", "安排技术交流会", "等待客户内部评审结果", "准备试点环境", "与采购确认合同条款",
        "预约高层拜访", "提交实施方案与排期", "跟进预算审批进度",
    ];

    public static readonly string[] EnglishNextSteps =
    [
        "Send the formal quote", "Schedule a technical workshop", "Wait for their internal review",
        "Book an exec call",
    ];

    public static readonly string[] Competitors =
        ["销售易", "纷享销客", "Salesforce", "用友", "金蝶", "HubSpot", "Zoho", "SAP", "Microsoft Dynamics"];

    public static readonly string[] ChineseRenewals = ["年度维保续约", "订阅续约", "年度授权续约", "维保服务续约"];

    public static readonly string[] EnglishRenewals = ["Annual support renewal", "Subscription renewal"];

    /// <summary>An opportunity name such as "CRM 企业版 二期扩容（300 用户）".</summary>
    public static string Name(bool english, int seats, Random random)
    {
        var withSeats = seats > 1 && random.Chance(0.35);
        if (english)
        {
            var name = $"{random.Pick(EnglishTopics)} {random.Pick(EnglishKinds)}";

            return withSeats ? $"{name} ({seats} users)" : name;
        }

        var chinese = $"{random.Pick(ChineseTopics)}{random.Pick(ChineseKinds)}";

        return withSeats ? $"{chinese}（{seats} 用户）" : chinese;
    }

    /// <summary>A renewal name; no year in it, so the name does not change with the day of seeding.</summary>
    public static string RenewalName(bool english, Random random) =>
        english ? random.Pick(EnglishRenewals) : random.Pick(ChineseRenewals);

    /// <summary>None, one or two competitors.</summary>
    public static List<string> CompetitorsOf(Random random)
    {
        var count = random.Next(100) switch
        {
            < 45 => 0,
            < 85 => 1,
            _ => 2,
        };

        return Enumerable.Range(0, count).Select(_ => random.Pick(Competitors)).Distinct().ToList();
    }
}
