using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Seeding.Opportunities;
using Crm.Infrastructure.Seeding.Scale;
using Crm.Infrastructure.Seeding.Vocabulary;
using static Crm.Infrastructure.Seeding.Demo.DemoOpportunityTerms;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// New-business opportunities created over the past 18 months on the demo accounts, large
/// customers far more often than small ones. Each walks the pipeline from its creation: the
/// older ones are won or lost, the recent ones still open, a few stuck for months. About two in
/// five are quoted with line items from the price list; the rest carry a typed amount.
/// </summary>
internal sealed class DemoOpportunities(DateTime nowUtc, PipelineHabits habits)
{
    public const int Count = 2_400;
    public const int HistoryDays = 540;

    private readonly DateOnly _today = SeedCalendar.TodayIn(nowUtc);

    public List<Opportunity> Build(IReadOnlyList<SeededAccount> accounts)
    {
        var picker = new AccountPicker(accounts);
        var opportunities = new List<Opportunity>(Count);
        for (var index = 0; index < Count; index++)
        {
            var content = ScaleRandom.For(ScaleRandom.DemoOpportunityDetails, index);
            var plan = Plan(index, picker.Pick(content), content);
            var timing = ScaleRandom.For(ScaleRandom.DemoOpportunityTiming, index);
            var created = SeedCalendar.PastWorkMoment(nowUtc, HistoryDays, timing);
            var path = StageWalk.Walk(habits, created, nowUtc, timing);
            opportunities.Add(OpportunityStory.Tell(plan, path, habits, _today));
        }

        return opportunities;
    }

    private static OpportunityPlan Plan(int index, SeededAccount seeded, Random random)
    {
        var owner = OwnerFor(seeded, random);
        var currency = CurrencyFor(seeded, owner, random);
        var english = WritesInEnglish(seeded, owner);
        var seats = DemoLineItems.SeatsFor(seeded.Account, random);
        var name = OpportunityTexts.Name(english, seats, random);
        var contact = seeded.Contacts.Count > 0 && random.Chance(0.8) ? random.Pick(seeded.Contacts).Id : (Guid?)null;
        var key = $"opportunity/{index}";
        var lines = currency is "CNY" or "USD" && random.Chance(0.4)
            ? DemoLineItems.NewBusiness(key, currency, seats, random)
            : [];
        var estimate = lines.Count > 0
            ? SeedAmounts.Round(DemoLineItems.TotalOf(lines) * (0.8m + (0.45m * (decimal)random.NextDouble())),
                currency, 1000)
            : SeedAmounts.EstimateFor(seats, currency, random);
        var (won, lost, nextStep) = Reasons(english, random);

        return new OpportunityPlan(
            DeterministicGuid.From("demo:opportunity", index), name, seeded.Account.Id, contact, owner.Id, estimate,
            lines, 0.85m + (0.45m * (decimal)random.NextDouble()), 0.12m * (decimal)random.NextDouble(), won, lost,
            nextStep, OpportunityTexts.CompetitorsOf(random), ProbabilityShift(random), random.NextDouble(),
            random.NextDouble());
    }

    /// <summary>Picks accounts by how much they buy: strategic ones often, individuals rarely.</summary>
    private sealed class AccountPicker
    {
        private readonly IReadOnlyList<SeededAccount> _accounts;
        private readonly double[] _cumulative;

        public AccountPicker(IReadOnlyList<SeededAccount> accounts)
        {
            _accounts = accounts;
            _cumulative = new double[accounts.Count];
            var total = 0.0;
            for (var i = 0; i < accounts.Count; i++)
            {
                total += WeightOf(accounts[i].Account);
                _cumulative[i] = total;
            }
        }

        public SeededAccount Pick(Random random)
        {
            var point = random.NextDouble() * _cumulative[^1];
            var index = Array.BinarySearch(_cumulative, point);

            return _accounts[Math.Min(index < 0 ? ~index : index, _accounts.Count - 1)];
        }

        private static double WeightOf(Account account) => (account.Kind, account.Tier) switch
        {
            (AccountKind.Person, _) => 0.25,
            (_, AccountTier.Strategic) => 4.5,
            (_, AccountTier.Key) => 3,
            _ => 1.2,
        };
    }
}
