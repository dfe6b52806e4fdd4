using Crm.Domain.Customers;
using Crm.Domain.Teams;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Picks account owners the way territories work: the sales people of the account's region,
/// the key-accounts team for most strategic accounts, and the English-speaking key-account rep
/// for many foreign companies. Reps own about three times as many accounts as managers.
/// </summary>
internal sealed class DemoOwners(Random random)
{
    private static readonly UserSpec[] Sales = DemoRoster.Users.Where(u => u.IsSales).ToArray();

    private static readonly UserSpec[] KeyAccountTeam = Weighted(Sales.Where(u => u.TeamKey == DemoRoster.KeyAccounts));

    private static readonly UserSpec EnglishRep = Sales.First(u => u.Language == Domain.Common.Languages.English);

    public UserSpec For(string region, AccountTier tier, bool isEnglish)
    {
        if (isEnglish && random.Chance(0.5))
        {
            return EnglishRep;
        }

        if (tier == AccountTier.Strategic && random.Chance(0.6))
        {
            return random.Pick(KeyAccountTeam);
        }

        return random.Pick(Weighted(Sales.Where(u => u.Region == region || u.Region == Cities.Nationwide)));
    }

    private static UserSpec[] Weighted(IEnumerable<UserSpec> users) =>
        users.SelectMany(u => Enumerable.Repeat(u, u.Role == Roles.SalesRep ? 3 : 1)).ToArray();
}
