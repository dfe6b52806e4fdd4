using Crm.Domain.Common;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Who works a demo opportunity, in which currency and for roughly how much: mostly the
/// account's owner, sometimes a teammate; foreign companies pay in US dollars (German ones in
/// euros, a few in Hong Kong dollars) and many of Key Accounts' customers are billed in dollars.
/// </summary>
internal static class DemoOpportunityTerms
{
    private static readonly Dictionary<string, UserSpec[]> SalesByTeam = DemoRoster.Users
        .Where(u => u.IsSales)
        .GroupBy(u => u.TeamKey)
        .ToDictionary(g => g.Key, g => g.ToArray());

    public static UserSpec OwnerFor(SeededAccount account, Random random)
    {
        var teammates = SalesByTeam[account.Owner.TeamKey];

        return random.Chance(0.85) ? account.Owner : random.Pick(teammates);
    }

    public static string CurrencyFor(SeededAccount account, UserSpec owner, Random random)
    {
        if (account.IsEnglish)
        {
            return account.Account.Name.EndsWith("GmbH", StringComparison.Ordinal) ? "EUR"
                : random.Chance(0.85) ? "USD" : "HKD";
        }

        return owner.TeamKey == DemoRoster.KeyAccounts && random.Chance(0.2) ? "USD" : "CNY";
    }

    public static bool WritesInEnglish(SeededAccount account, UserSpec owner) =>
        account.IsEnglish || owner.Language == Languages.English;

    public static (string Won, string Lost, string NextStep) Reasons(bool english, Random random) => english
        ? (random.Pick(OpportunityTexts.EnglishWonReasons), random.Pick(OpportunityTexts.EnglishLostReasons),
            random.Pick(OpportunityTexts.EnglishNextSteps))
        : (random.Pick(OpportunityTexts.ChineseWonReasons), random.Pick(OpportunityTexts.ChineseLostReasons),
            random.Pick(OpportunityTexts.ChineseNextSteps));

    /// <summary>A probability some reps set by hand instead of the stage's: a few points either way.</summary>
    public static int? ProbabilityShift(Random random) =>
        random.Chance(0.08) ? (random.Chance(0.5) ? 1 : -1) * random.Next(5, 21) : null;
}
