using Crm.Domain.Customers;

namespace Crm.Infrastructure.Seeding.Vocabulary;

internal static class AccountTags
{
    public const string Vip = "VIP";

    private static readonly string[] Common = ["续约", "渠道", "新客户", "重点跟进", "试用中", "老客户转介绍", "展会线索"];

    /// <summary>0–3 tags that fit the account: VIP for most strategic ones, 外资 for foreign companies.</summary>
    public static List<string> For(Account account, bool isEnglish, Random random)
    {
        var tags = new List<string>();
        if (account.Tier == AccountTier.Strategic && random.Chance(0.7))
        {
            tags.Add(Vip);
        }

        if (isEnglish)
        {
            tags.Add("外资");
        }

        if (account.Kind == AccountKind.Person)
        {
            tags.Add("个人客户");
        }

        if (account.Industry == Industry.Government)
        {
            tags.Add("政府采购");
        }

        var extra = random.Next(0, 3);
        for (var i = 0; i < extra; i++)
        {
            tags.Add(random.Pick(Common));
        }

        return tags.Distinct().ToList();
    }
}
