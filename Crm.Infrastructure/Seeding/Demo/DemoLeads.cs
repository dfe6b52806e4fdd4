using System.Globalization;
using Crm.Domain.Leads;
using Crm.Domain.Teams;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// About forty leads of the last five weeks, as inflow looks: this week's web-form enquiries still
/// waiting in the sales teams' queues, older ones taken by a rep, leads the reps entered from
/// calls, trade shows and referrals, some worked, a few disqualified, and one in six looking like
/// an existing customer (same company or phone).
/// </summary>
internal sealed class DemoLeads(DateTime nowUtc)
{
    public const int Count = 40;

    // The first few are this week's web enquiries, two for each sales team's queue.
    private const int FreshEnquiries = 6;

    private static readonly string[] Regions = [Cities.EastChina, Cities.SouthChina, Cities.NorthChina];

    private static readonly LeadSource[] Sources =
    [
        LeadSource.WebForm, LeadSource.WebForm, LeadSource.WebForm, LeadSource.PhoneIn, LeadSource.PhoneIn,
        LeadSource.TradeShow, LeadSource.Referral, LeadSource.Campaign, LeadSource.WeChat, LeadSource.Email,
        LeadSource.Partner,
    ];

    private static readonly string[] Enquiries =
    [
        "官网留言：想了解产品报价和交付周期。", "希望下周安排一次线上演示。", "展会上交换了名片，对系统集成感兴趣。",
        "老客户推荐，今年预算已批。", "咨询年度服务合同和售后响应时间。", "需要本地团队上门支持，请尽快联系。",
        "正在比较三家供应商，月底前决定。", "先发一份资料和案例到邮箱。",
    ];

    private static readonly DisqualificationReason[] Reasons =
    [
        DisqualificationReason.NoBudget, DisqualificationReason.Unreachable, DisqualificationReason.LostToCompetitor,
        DisqualificationReason.NoNeed,
    ];

    private static readonly CompanySize[] Sizes =
    [
        CompanySize.From11To50, CompanySize.From51To200, CompanySize.From51To200, CompanySize.From201To1000,
        CompanySize.From1001To5000, CompanySize.Unknown,
    ];

    private readonly Random _random = new(20260301);

    public List<Lead> Build(IReadOnlyList<SeededAccount> accounts)
    {
        var companies = accounts.Where(a => !a.IsEnglish && a.Contacts.Count > 0).ToList();
        var leads = new List<Lead>(Count);
        for (var index = 0; index < Count; index++)
        {
            var lookAlike = index % 6 == 5 ? _random.Pick(companies) : null;
            leads.Add(Lead(index, lookAlike));
        }

        return leads;
    }

    private Lead Lead(int index, SeededAccount? lookAlike)
    {
        var fresh = index < FreshEnquiries;
        var city = fresh ? _random.Pick(Cities.In(Regions[index % Regions.Length])) : _random.Pick(Cities.All);
        // A look-alike is the same customer, so it comes from where that customer is.
        city = Cities.All.FirstOrDefault(c => c.Name == lookAlike?.Account.City) ?? city;
        var team = TeamFor(city);
        var source = fresh ? LeadSource.WebForm : _random.Pick(Sources);
        var receivedAt = SeedCalendar.PastWorkMoment(nowUtc, fresh ? 3 : 35, _random);
        var lead = Domain.Leads.Lead.Create(
            DeterministicGuid.From("demo:lead", index.ToString(CultureInfo.InvariantCulture)),
            Profile(city, lookAlike), source, receivedAt);
        lead.NoteDuplicatesOnArrival(lookAlike is null ? 0 : 1);

        var rep = _random.Pick(DemoRoster.Users.Where(u => u.TeamKey == team && u.Role == Roles.SalesRep).ToList());
        Route(lead, team, rep, receivedAt);
        Progress(lead, receivedAt);

        return lead;
    }

    private LeadProfile Profile(City city, SeededAccount? lookAlike)
    {
        var person = PersonNames.Chinese(_random);
        var company = lookAlike is null ? CompanyNames.Chinese(city, _random) : null;
        var companyName = lookAlike?.Account.Name.Replace("股份有限公司", "").Replace("有限公司", "") ?? company!.Name;
        var phone = lookAlike is not null && _random.Chance(0.5)
            ? lookAlike.Contacts[0].Mobile ?? Phones.Mobile(_random)
            : Phones.Mobile(_random);
        var email = company is null ? Phones.PersonalEmail(person, _random) : $"{person.Handle}@{company.Domain}";

        return new LeadProfile(
            person.Name, companyName, null, phone, email, null, city.Region,
            company?.Industry ?? lookAlike!.Account.Industry, _random.Pick(Sizes), _random.Pick(Enquiries));
    }

    // Web enquiries wait in a queue until someone takes them; the rest were entered by their rep.
    private void Route(Lead lead, string team, UserSpec rep, DateTime receivedAt)
    {
        if (lead.Source != LeadSource.WebForm)
        {
            lead.AssignTo(rep.Id, AssignmentNote.Without(AssignmentNote.EnteredByOwner), receivedAt);
            return;
        }

        lead.SendToQueue(DemoRoster.TeamId(team), AssignmentNote.Without(AssignmentNote.ArrivedByWebForm), receivedAt);
        if (nowUtc - receivedAt > TimeSpan.FromDays(5))
        {
            lead.Reassign(rep.Id, rep.Id, receivedAt.AddHours(2));
        }
    }

    private void Progress(Lead lead, DateTime receivedAt)
    {
        if (lead.OwnerId is null || nowUtc - receivedAt < TimeSpan.FromDays(3))
        {
            return;
        }

        var roll = _random.NextDouble();
        if (roll < 0.6)
        {
            lead.StartWorking(receivedAt.AddHours(3));
        }
        else if (roll < 0.8)
        {
            lead.Disqualify(_random.Pick(Reasons), null, receivedAt.AddDays(2));
        }
    }

    private static string TeamFor(City city) => city.Region switch
    {
        Cities.EastChina => DemoRoster.EastSales,
        Cities.SouthChina => DemoRoster.SouthSales,
        _ => DemoRoster.KeyAccounts,
    };
}
