using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Seeding.Opportunities;
using Crm.Infrastructure.Seeding.Scale;
using Crm.Infrastructure.Seeding.Vocabulary;
using static Crm.Infrastructure.Seeding.Demo.DemoOpportunityTerms;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Annual renewals of the customers on a support plan: every strategic account, most key
/// accounts and some others. Each renewal is opened two to three months before its anniversary,
/// which falls within the past eleven months or the next eight weeks, and is expected to close
/// on that day; most are renewed, a few churn.
/// </summary>
internal sealed class DemoRenewals(DateTime nowUtc, PipelineHabits habits)
{
    private readonly DateOnly _today = SeedCalendar.TodayIn(nowUtc);

    public List<Opportunity> Build(IReadOnlyList<SeededAccount> accounts)
    {
        var renewals = new List<Opportunity>();
        for (var index = 0; index < accounts.Count; index++)
        {
            var content = ScaleRandom.For(ScaleRandom.DemoRenewalDetails, index);
            var seeded = accounts[index];
            if (seeded.Account.Kind == AccountKind.Person || !content.Chance(ShareOnSupport(seeded.Account.Tier)))
            {
                continue;
            }

            var timing = ScaleRandom.For(ScaleRandom.DemoRenewalTiming, index);
            var anniversary = _today.AddDays(-330 + timing.Next(0, 386));
            var opened = anniversary.AddDays(-60 - timing.Next(0, 31));
            var created = SeedCalendar.At(opened, SeedCalendar.WorkTime(timing));
            var path = StageWalk.Walk(habits, created, nowUtc, timing);
            renewals.Add(OpportunityStory.Tell(Plan(index, seeded, anniversary, content), path, habits, _today));
        }

        return renewals;
    }

    private static double ShareOnSupport(AccountTier tier) => tier switch
    {
        AccountTier.Strategic => 1.0,
        AccountTier.Key => 0.8,
        _ => 0.4,
    };

    private static OpportunityPlan Plan(int index, SeededAccount seeded, DateOnly anniversary, Random random)
    {
        var owner = seeded.Owner;
        var currency = CurrencyFor(seeded, owner, random);
        var english = WritesInEnglish(seeded, owner);
        var seats = DemoLineItems.SeatsFor(seeded.Account, random);
        var name = OpportunityTexts.RenewalName(english, random);
        var contact = seeded.Contacts.Count > 0 ? seeded.Contacts[0].Id : (Guid?)null;
        var lines = currency is "CNY" or "USD" && random.Chance(0.7)
            ? DemoLineItems.Renewal($"renewal/{index}", currency, seats, random)
            : [];
        var estimate = lines.Count > 0
            ? SeedAmounts.Round(DemoLineItems.TotalOf(lines), currency, 100)
            : SeedAmounts.Scaled(SeedAmounts.EstimateFor(seats, "CNY", random).Amount * 0.2m, currency);
        var (won, lost, nextStep) = Reasons(english, random);

        return new OpportunityPlan(
            DeterministicGuid.From("demo:renewal", index), name, seeded.Account.Id, contact, owner.Id, estimate,
            lines, 1m, 0.05m * (decimal)random.NextDouble(), won, lost, nextStep, [], ProbabilityShift(random),
            random.NextDouble(), random.NextDouble())
        {
            DueOn = anniversary,
        };
    }
}
