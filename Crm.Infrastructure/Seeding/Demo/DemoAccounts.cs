using Crm.Domain.Customers;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// About 300 accounts: Chinese companies (some with branches under a parent), a few public
/// bodies, foreign companies and individual customers, each company with 1–4 contacts.
/// </summary>
internal sealed class DemoAccounts(DateTime nowUtc)
{
    public const int ChineseCompanies = 200;
    public const int Institutions = 10;
    public const int Branches = 25;
    public const int EnglishCompanies = 25;
    public const int Persons = 40;

    private readonly Random _random = new(20260101);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<SeededAccount> _accounts = [];
    private readonly List<CompanyName> _companyNames = [];

    private readonly DemoOwners _owners = new(new Random(20260102));

    public List<SeededAccount> Build()
    {
        for (var i = 0; i < ChineseCompanies + Institutions; i++)
        {
            var city = _random.Pick(Cities.All);
            var name = Unique(() => i < ChineseCompanies
                ? CompanyNames.Chinese(city, _random)
                : CompanyNames.Institution(city, _random));
            AddCompany(name, city, TierOf(), isEnglish: false, parent: null);
        }

        AddBranches();
        for (var i = 0; i < EnglishCompanies; i++)
        {
            AddCompany(Unique(() => CompanyNames.English(_random)), _random.Pick(Cities.All), TierOf(), true, null);
        }

        for (var i = 0; i < Persons; i++)
        {
            AddPerson();
        }

        return _accounts;
    }

    private void AddBranches()
    {
        var parents = _accounts
            .Where(a => a.Account.Tier != AccountTier.Standard && a.Account.Industry != Industry.Government)
            .Where(a => a.Account.Industry is not (Industry.Healthcare or Industry.Education) || _random.Chance(0.3))
            .Take(12)
            .ToList();
        for (var added = 0; added < Branches; added++)
        {
            var parent = parents[added % parents.Count];
            var index = _accounts.IndexOf(parent);
            var otherCities = Cities.All.Where(c => c.Name != parent.Account.City).ToArray();
            City city;
            CompanyName name;
            do
            {
                city = _random.Pick(otherCities);
                name = CompanyNames.Branch(_companyNames[index], city);
            }
            while (!_names.Add(name.Name));

            AddCompany(name, city, _random.Chance(0.4) ? AccountTier.Key : AccountTier.Standard, false, parent.Account);
        }
    }

    private void AddCompany(CompanyName name, City city, AccountTier tier, bool isEnglish, Account? parent)
    {
        var owner = _owners.For(city.Region, tier, isEnglish);
        var profile = new AccountProfile(
            name.Name, AccountKind.Company, name.Industry, tier, city.Region, Cities.LandlineIn(city, _random),
            $"{_random.Pick(MailBoxes)}@{name.Domain}", $"https://www.{name.Domain}", city.Name,
            Cities.AddressIn(city, _random));
        var account = Account.Create(NextAccountId(), profile, owner.Id, CreatedAt());
        account.SetParent(parent?.Id);
        account.SetTags(AccountTags.For(account, isEnglish, _random));
        var contacts = DemoContacts.For(account, city, name.Domain, isEnglish, _accounts.Count, _random, CreatedAt());

        _companyNames.Add(name);
        _accounts.Add(new SeededAccount(account, contacts, owner, isEnglish));
    }

    private void AddPerson()
    {
        var city = _random.Pick(Cities.All);
        var person = PersonNames.Chinese(_random);
        while (!_names.Add(person.Name))
        {
            person = PersonNames.Chinese(_random);
        }

        var tier = _random.Chance(0.15) ? AccountTier.Key : AccountTier.Standard;
        var owner = _owners.For(city.Region, tier, isEnglish: false);
        var profile = new AccountProfile(
            person.Name, AccountKind.Person, Industry.Other, tier, city.Region, Phones.Mobile(_random),
            Phones.PersonalEmail(person, _random), null, city.Name,
            _random.Chance(0.5) ? Cities.AddressIn(city, _random) : null);
        var account = Account.Create(NextAccountId(), profile, owner.Id, CreatedAt());
        account.SetTags(AccountTags.For(account, isEnglish: false, _random));

        _companyNames.Add(new CompanyName(person.Name, person.Name, Industry.Other, ""));
        _accounts.Add(new SeededAccount(account, [], owner, IsEnglish: false));
    }

    private static readonly string[] MailBoxes = ["info", "sales", "contact", "service", "office"];

    private CompanyName Unique(Func<CompanyName> next)
    {
        var name = next();
        while (!_names.Add(name.Name))
        {
            name = next();
        }

        return name;
    }

    private AccountTier TierOf() => _random.Next(100) switch
    {
        < 6 => AccountTier.Strategic,
        < 30 => AccountTier.Key,
        _ => AccountTier.Standard,
    };

    private Guid NextAccountId() => DeterministicGuid.From("demo:account", _accounts.Count);

    private DateTime CreatedAt() =>
        SeedCalendar.PastWorkMoment(nowUtc.AddDays(-SeedCalendar.HistoryDays), 365, _random);
}
