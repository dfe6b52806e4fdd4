using Crm.Domain.Activities;
using Crm.Domain.Assignment;
using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>The demo's leads, and the customers and opportunities some of them became.</summary>
internal sealed record DemoLeadSet(
    List<Lead> Leads, List<SeededAccount> NewAccounts, List<Activity> Activities, List<Opportunity> Opportunities);

/// <summary>
/// About three hundred leads of the last six months, as inflow looks: web enquiries, calls,
/// trade shows and referrals from every region, each routed on arrival by the seeded rules.
/// The newest are untouched (and those no rule could place still wait in a queue), the older
/// ones worked, disqualified or converted into a customer. About one in fourteen comes from a
/// person at an existing customer, so its duplicate warning shows. Ids, names and what became
/// of each lead do not depend on the clock.
/// </summary>
internal sealed class DemoLeads(DateTime nowUtc, IReadOnlyList<AssignmentRule> rules, Guid? defaultQueueTeamId)
{
    public const int Count = 320;
    public const int HistoryDays = 180;

    // The first few are the last days' web enquiries, most without a region, which no rule can
    // place: they wait in the default queue until someone hands them out.
    private const int FreshEnquiries = 8;

    private static readonly LeadSource[] Sources =
    [
        LeadSource.WebForm, LeadSource.WebForm, LeadSource.WebForm, LeadSource.WebForm, LeadSource.WebForm,
        LeadSource.WebForm, LeadSource.WebForm, LeadSource.PhoneIn, LeadSource.PhoneIn, LeadSource.PhoneIn,
        LeadSource.Email, LeadSource.Email, LeadSource.WeChat, LeadSource.WeChat, LeadSource.TradeShow,
        LeadSource.TradeShow, LeadSource.Referral, LeadSource.Referral, LeadSource.Campaign, LeadSource.Partner,
    ];

    private static readonly string[] RegionsByWeight =
    [
        Cities.EastChina, Cities.EastChina, Cities.EastChina, Cities.EastChina, Cities.SouthChina,
        Cities.SouthChina, Cities.SouthChina, Cities.NorthChina, Cities.NorthChina, Cities.Southwest,
    ];

    private static readonly CompanySize[] Sizes =
    [
        CompanySize.Unknown, CompanySize.Unknown, CompanySize.From1To10, CompanySize.From11To50,
        CompanySize.From11To50, CompanySize.From11To50, CompanySize.From51To200, CompanySize.From51To200,
        CompanySize.From51To200, CompanySize.From201To1000, CompanySize.From201To1000, CompanySize.From201To1000,
        CompanySize.From1001To5000, CompanySize.Over5000,
    ];

    private static readonly string[] Enquiries =
    [
        "官网留言：想了解产品报价和交付周期。", "希望下周安排一次线上演示。", "展会上交换了名片，对系统集成感兴趣。",
        "老客户推荐，今年预算已批。", "咨询年度服务合同和售后响应时间。", "需要本地团队上门支持，请尽快联系。",
        "正在比较三家供应商，月底前决定。", "先发一份资料和案例到邮箱。", "想给销售团队 50 人试用一个月。",
        "现有系统到期，下季度要换。", "需要和 ERP 对接，能否提供接口文档？", "领导要求本月内给出方案。",
    ];

    private readonly Random _random = new(20260301);

    /// <summary>
    /// The leads, those converted attached to <paramref name="accounts"/> or to new customers;
    /// with a <paramref name="newBusiness"/> pipeline, most conversions open an opportunity in it.
    /// </summary>
    public DemoLeadSet Build(IReadOnlyList<SeededAccount> accounts, SalesPipeline? newBusiness)
    {
        var customers = accounts.Where(a => !a.IsEnglish && a.Contacts.Count > 0).ToList();
        var taken = accounts.Select(a => a.Account.CompanyKey).ToHashSet(StringComparer.Ordinal);
        var arrivals = Enumerable.Range(0, Count)
            .Select(index => Arrive(index, index % 14 == 6 ? _random.Pick(customers) : null, taken))
            .OrderBy(a => a.Lead.ReceivedAt)
            .ThenBy(a => a.Index)
            .ToList();

        var opportunities = newBusiness is null ? null : new DemoLeadOpportunities(nowUtc, newBusiness);
        var lives = new DemoLeadLives(nowUtc, new DemoLeadRouting(nowUtc, rules, defaultQueueTeamId), opportunities);
        foreach (var arrival in arrivals)
        {
            lives.Live(arrival);
        }

        return new DemoLeadSet(
            [.. arrivals.Select(a => a.Lead)], lives.NewAccounts, lives.Activities, lives.Opportunities);
    }

    private DemoArrival Arrive(int index, SeededAccount? customer, HashSet<string?> taken)
    {
        // Drawn apart from the rest, so each lead's age and fate stay the same whatever else changes.
        var fate = new Random(20260302 + (index * 7919));
        var fresh = index < FreshEnquiries;
        var drawn = (int)(HistoryDays * Math.Pow(fate.NextDouble(), 1.3));
        var daysAgo = fresh ? index % 3 : drawn;
        var receivedAt = SeedCalendar.WorkMomentDaysAgo(nowUtc, daysAgo, fate);
        var source = fresh ? LeadSource.WebForm : _random.Pick(Sources);
        var profile = customer is null ? Prospect(source, taken, knownRegion: !fresh || index % 4 == 0)
            : FromCustomer(customer);
        var lead = Lead.Create(DeterministicGuid.From("demo:lead", index), profile, source, receivedAt);
        lead.NoteDuplicatesOnArrival(customer is null ? 0 : 2);

        return new DemoArrival(index, lead, daysAgo, fate.NextDouble(), customer);
    }

    private LeadProfile Prospect(LeadSource source, HashSet<string?> taken, bool knownRegion)
    {
        var region = _random.Pick(RegionsByWeight);
        var city = _random.Pick(Cities.In(region));
        CompanyName company;
        do
        {
            company = CompanyNames.Chinese(city, _random);
        }
        while (taken.Contains(Domain.Leads.MatchKeys.Company(company.Name)));

        var person = PersonNames.Chinese(_random);
        var title = _random.Chance(0.6) ? _random.Pick(ContactTitles.Chinese) : null;
        // Visitors of the web form often leave out where they are.
        knownRegion &= source != LeadSource.WebForm || _random.Chance(0.8);

        return new LeadProfile(
            person.Name, company.Name, title, Phones.Mobile(_random), $"{person.Handle}@{company.Domain}",
            _random.Chance(0.3) ? Phones.WeChatId(person, _random) : null, knownRegion ? region : null,
            company.Industry, _random.Pick(Sizes), _random.Pick(Enquiries), Interest());
    }

    // A person at an existing customer writing in again: their name, phone or email as the CRM knows them.
    private LeadProfile FromCustomer(SeededAccount customer)
    {
        var contact = _random.Pick(customer.Contacts);
        var account = customer.Account;
        var company = account.Name.Replace("股份有限公司", "").Replace("有限公司", "");

        return new LeadProfile(
            contact.Name, company, contact.Title, contact.Mobile ?? contact.Phone, contact.Email, null, account.Region,
            account.Industry, _random.Pick(Sizes), _random.Pick(Enquiries), Interest());
    }

    private string? Interest() => _random.Chance(0.6) ? _random.Pick(ContactTitles.Products) : null;
}

/// <summary>A lead as it arrived, with its age in days and the roll that decides what became of it.</summary>
internal sealed record DemoArrival(int Index, Lead Lead, int DaysAgo, double Fate, SeededAccount? Customer);
