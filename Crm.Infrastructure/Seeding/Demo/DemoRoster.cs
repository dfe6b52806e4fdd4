using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

internal sealed record TeamSpec(string Key, string Name, string EnglishName, TeamKind Kind, string Region);

internal sealed record UserSpec(
    string DisplayName,
    string Email,
    string TeamKey,
    string Role,
    string Region,
    string TimeZone = "Asia/Shanghai",
    string Language = Languages.Chinese,
    Availability Availability = Availability.Available,
    int Capacity = 30,
    bool Manages = false)
{
    public Guid Id { get; } = DeterministicGuid.From("demo:user", Email);

    public bool IsSales => Role is Roles.SalesRep or Roles.SalesManager;
}

/// <summary>The demo company's teams and people. Everyone signs in with <see cref="DemoSignIns.Password"/>.</summary>
internal static class DemoRoster
{
    public const string EastSales = "east-sales";
    public const string SouthSales = "south-sales";
    public const string KeyAccounts = "key-accounts";
    public const string Frontline = "frontline-support";
    public const string TechSupport = "technical-support";
    public const string MarketingOps = "marketing-ops";

    // Marketing and the administrator sit in a team of kind Sales: the model knows only sales
    // and support teams, and marketing hands its leads to sales.
    public static readonly TeamSpec[] Teams =
    [
        new(EastSales, "华东销售一组", "East China Sales", TeamKind.Sales, Cities.EastChina),
        new(SouthSales, "华南销售组", "South China Sales", TeamKind.Sales, Cities.SouthChina),
        new(KeyAccounts, "大客户部", "Key Accounts", TeamKind.Sales, Cities.Nationwide),
        new(Frontline, "一线支持", "Frontline Support", TeamKind.Support, Cities.Nationwide),
        new(TechSupport, "技术支持", "Technical Support", TeamKind.Support, Cities.Nationwide),
        new(MarketingOps, "市场与运营部", "Marketing & Operations", TeamKind.Sales, Cities.Nationwide),
    ];

    public static readonly UserSpec[] Users =
    [
        new("陈立", "chen.li@demo.crm", EastSales, Roles.SalesManager, Cities.EastChina, Capacity: 20, Manages: true),
        new("张伟", "zhang.wei@demo.crm", EastSales, Roles.SalesRep, Cities.EastChina, Capacity: 40),
        new("李娜", "li.na@demo.crm", EastSales, Roles.SalesRep, Cities.EastChina),
        new("王磊", "wang.lei@demo.crm", EastSales, Roles.SalesRep, Cities.EastChina, Capacity: 35),
        new("赵敏", "zhao.min@demo.crm", EastSales, Roles.SalesRep, Cities.EastChina, Availability: Availability.Away),
        new("黄志强", "huang.zhiqiang@demo.crm", SouthSales, Roles.SalesManager, Cities.SouthChina, Capacity: 20,
            Manages: true),
        new("林晓燕", "lin.xiaoyan@demo.crm", SouthSales, Roles.SalesRep, Cities.SouthChina, Capacity: 40),
        new("郑浩", "zheng.hao@demo.crm", SouthSales, Roles.SalesRep, Cities.SouthChina),
        new("吴婷", "wu.ting@demo.crm", SouthSales, Roles.SalesRep, Cities.SouthChina,
            Availability: Availability.OnLeave),
        new("周建华", "zhou.jianhua@demo.crm", KeyAccounts, Roles.SalesManager, Cities.Nationwide, Capacity: 15,
            Manages: true),
        new("David Miller", "david.miller@demo.crm", KeyAccounts, Roles.SalesRep, Cities.EastChina,
            TimeZone: "Asia/Singapore", Language: Languages.English, Capacity: 25),
        new("孙悦", "sun.yue@demo.crm", KeyAccounts, Roles.SalesRep, Cities.NorthChina),
        new("马俊", "ma.jun@demo.crm", KeyAccounts, Roles.SalesRep, Cities.Southwest),
        new("徐静", "xu.jing@demo.crm", Frontline, Roles.SupportLead, Cities.Nationwide, Capacity: 25, Manages: true),
        new("何丽", "he.li@demo.crm", Frontline, Roles.SupportAgent, Cities.Nationwide, Capacity: 50),
        new("高鹏", "gao.peng@demo.crm", Frontline, Roles.SupportAgent, Cities.Nationwide, Capacity: 50),
        new("罗霞", "luo.xia@demo.crm", Frontline, Roles.SupportAgent, Cities.Nationwide, Capacity: 45,
            Availability: Availability.Away),
        new("Emily Chen", "emily.chen@demo.crm", Frontline, Roles.SupportAgent, Cities.Nationwide,
            TimeZone: "Europe/London", Language: Languages.English, Capacity: 40),
        new("梁宇", "liang.yu@demo.crm", TechSupport, Roles.SupportLead, Cities.Nationwide, Capacity: 20, Manages: true),
        new("宋涛", "song.tao@demo.crm", TechSupport, Roles.SupportAgent, Cities.Nationwide),
        new("唐琳", "tang.lin@demo.crm", TechSupport, Roles.SupportAgent, Cities.Nationwide),
        new("刘洋", "admin@demo.crm", MarketingOps, Roles.Admin, Cities.Nationwide, Capacity: 0),
        new("韩雪", "han.xue@demo.crm", MarketingOps, Roles.Marketing, Cities.Nationwide, Capacity: 0, Manages: true),
        new("Sophie Wang", "sophie.wang@demo.crm", MarketingOps, Roles.Marketing, Cities.Nationwide,
            Language: Languages.English, Capacity: 0),
    ];

    public static Guid TeamId(string key) => DeterministicGuid.From("demo:team", key);

    public static TeamSpec Team(string key) => Teams.Single(t => t.Key == key);
}
