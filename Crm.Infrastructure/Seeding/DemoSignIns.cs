using Crm.Domain.Teams;

namespace Crm.Infrastructure.Seeding;

/// <summary>A documented demo sign-in: its email (also the user name), role and team.</summary>
public sealed record DemoSignIn(string Email, string Role, string Team, string TeamEnglish);

/// <summary>
/// The sign-ins the demo seed guarantees (documented in docs/demo-sign-ins.md). Every demo
/// user, listed here or not, has the password <see cref="Password"/>.
/// </summary>
public static class DemoSignIns
{
    public const string Password = "Demo@2026!";

    public static readonly DemoSignIn Admin =
        new("admin@demo.crm", Roles.Admin, "市场与运营部", "Marketing & Operations");

    public static readonly DemoSignIn SalesManager =
        new("chen.li@demo.crm", Roles.SalesManager, "华东销售一组", "East China Sales");

    public static readonly DemoSignIn EastSalesRep =
        new("zhang.wei@demo.crm", Roles.SalesRep, "华东销售一组", "East China Sales");

    public static readonly DemoSignIn SouthSalesRep =
        new("lin.xiaoyan@demo.crm", Roles.SalesRep, "华南销售组", "South China Sales");

    public static readonly DemoSignIn KeyAccountRep =
        new("david.miller@demo.crm", Roles.SalesRep, "大客户部", "Key Accounts");

    public static readonly DemoSignIn SupportLead =
        new("xu.jing@demo.crm", Roles.SupportLead, "一线支持", "Frontline Support");

    public static readonly DemoSignIn SupportAgent =
        new("he.li@demo.crm", Roles.SupportAgent, "一线支持", "Frontline Support");

    public static readonly DemoSignIn Marketing =
        new("han.xue@demo.crm", Roles.Marketing, "市场与运营部", "Marketing & Operations");

    public static readonly IReadOnlyList<DemoSignIn> All =
        [Admin, SalesManager, EastSalesRep, SouthSalesRep, KeyAccountRep, SupportLead, SupportAgent, Marketing];
}
