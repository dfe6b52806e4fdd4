using Crm.Domain.Pipeline;
using Crm.Infrastructure.Seeding.Opportunities;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>
/// Builds generated opportunity <c>i</c> on its generated account, with the stage history of
/// its walk through the pipeline; the same index always gives the same opportunity (its dates
/// move with the day it is generated). Amounts are typed, without line items; foreign
/// customers pay in US dollars when the database has a dollar rate.
/// </summary>
internal sealed class ScaleOpportunities(
    IReadOnlyList<Guid> owners, PipelineHabits habits, bool dollars, DateTime nowUtc)
{
    private readonly DateOnly _today = SeedCalendar.TodayIn(nowUtc);

    public Opportunity Build(int index, int accountIndex, AccountShape shape)
    {
        var random = ScaleRandom.For(ScaleRandom.OpportunityDetails, index);
        var timing = ScaleRandom.For(ScaleRandom.OpportunityTiming, index);
        var plan = Plan(index, accountIndex, shape, random);
        var created = SeedCalendar.PastWorkMoment(nowUtc, SeedCalendar.HistoryDays - 8, timing);
        var path = StageWalk.Walk(habits, created, nowUtc, timing);

        return OpportunityStory.Tell(plan, path, habits, _today);
    }

    private OpportunityPlan Plan(int index, int accountIndex, AccountShape shape, Random random)
    {
        var english = shape.IsEnglish;
        var currency = english && dollars ? "USD" : "CNY";
        var seats = shape.IsPerson ? random.Next(1, 6) : (int)(10 * Math.Pow(100, random.NextDouble()));
        var name = OpportunityTexts.Name(english, seats, random);
        Guid? contact = shape.Contacts > 0 && random.Chance(0.8)
            ? ScaleIds.Contact(accountIndex, random.Next(shape.Contacts))
            : null;
        var owner = random.Chance(0.85) ? shape.OwnerFrom(owners) : random.Pick(owners);
        var won = random.Pick(english ? OpportunityTexts.EnglishWonReasons : OpportunityTexts.ChineseWonReasons);
        var lost = random.Pick(english ? OpportunityTexts.EnglishLostReasons : OpportunityTexts.ChineseLostReasons);
        var next = random.Pick(english ? OpportunityTexts.EnglishNextSteps : OpportunityTexts.ChineseNextSteps);

        return new OpportunityPlan(
            ScaleIds.Opportunity(index), name, ScaleIds.Account(accountIndex), contact, owner,
            SeedAmounts.EstimateFor(seats, currency, random), [], 0.85m + (0.45m * (decimal)random.NextDouble()),
            0.12m * (decimal)random.NextDouble(), won, lost, next, OpportunityTexts.CompetitorsOf(random), null,
            random.NextDouble(), random.NextDouble());
    }
}
