using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Seeding.Opportunities;

/// <summary>
/// Tells a planned opportunity's life with the domain's own methods at the historic moments of
/// its walk, so stage history, time in stage, close reasons and amounts at each move are exactly
/// what the application would have recorded. The events this records are cleared: seeded
/// history is not news.
/// </summary>
internal static class OpportunityStory
{
    private const double OverdueChance = 0.1;
    private const double StalledOverdueChance = 0.7;

    public static Opportunity Tell(OpportunityPlan plan, StagePath path, PipelineHabits habits, DateOnly today)
    {
        var details = new OpportunityDetails(
            plan.Name, plan.PrimaryContactId, ExpectedClose(plan, path, habits, today),
            path.IsClosed ? null : plan.NextStep, plan.Competitors);
        var created = path.Created;
        var opportunity = Opportunity.Create(
            plan.Id, details, plan.AccountId, plan.OwnerId, created.Stage, plan.Estimate, plan.OwnerId, created.At);
        var (quoted, discounted) = (false, false);

        foreach (var step in path.Steps)
        {
            var index = OpenIndex(habits, step.Stage);
            if (!quoted && index >= habits.QuoteStage)
            {
                Quote(opportunity, plan, step.At);
                quoted = true;
            }

            if (!discounted && index == habits.Open.Count - 1 && plan.Lines.Count == 0)
            {
                opportunity.SetAmount(Discounted(opportunity, plan), step.At);
                discounted = true;
            }

            if (step != created)
            {
                Move(opportunity, plan, step);
            }
        }

        OverrideProbability(opportunity, plan, path);
        opportunity.ClearDomainEvents();

        return opportunity;
    }

    private static void Move(Opportunity opportunity, OpportunityPlan plan, StageStep step)
    {
        var close = step.Stage.Outcome switch
        {
            StageOutcome.Won => new CloseInfo(plan.WonReason, SeedCalendar.TodayIn(step.At)),
            StageOutcome.Lost => new CloseInfo(plan.LostReason, SeedCalendar.TodayIn(step.At)),
            _ => null,
        };
        opportunity.MoveTo(step.Stage, plan.OwnerId, step.At, close);
    }

    // Won counts as past every open stage: a pipeline's last stage may come before the quote one.
    private static int OpenIndex(PipelineHabits habits, Stage stage) => stage.Outcome switch
    {
        StageOutcome.Won => habits.Open.Count,
        StageOutcome.Lost => -1,
        _ => habits.Open.ToList().IndexOf(stage),
    };

    private static void Quote(Opportunity opportunity, OpportunityPlan plan, DateTime at)
    {
        if (plan.Lines.Count == 0)
        {
            var quoted = opportunity.Amount.MinorUnits / 100m * plan.QuoteFactor;
            opportunity.SetAmount(SeedAmounts.Round(quoted, opportunity.Currency, RoundingUnits(quoted)), at);
            return;
        }

        foreach (var line in plan.Lines)
        {
            opportunity.AddLine(line.Id, line.Draft, at);
        }

        opportunity.FollowLineItems(at);
    }

    private static Money Discounted(Opportunity opportunity, OpportunityPlan plan)
    {
        var amount = opportunity.Amount.MinorUnits / 100m * (1 - plan.Discount);

        return SeedAmounts.Round(amount, opportunity.Currency, RoundingUnits(amount));
    }

    private static int RoundingUnits(decimal amount) => amount switch
    {
        >= 100_000 => 1000,
        >= 10_000 => 100,
        _ => 10,
    };

    private static void OverrideProbability(Opportunity opportunity, OpportunityPlan plan, StagePath path)
    {
        if (plan.ProbabilityShift is { } shift && !path.IsClosed)
        {
            var stage = path.Last.Stage;
            opportunity.OverrideProbability(Math.Clamp(stage.DefaultProbability + shift, 5, 95), path.Last.At);
        }
    }

    // Closed: the day it closed. Open: a few weeks to months ahead, by the stages still to go;
    // some are past due, most of the stalled ones, though never before they were created.
    private static DateOnly ExpectedClose(
        OpportunityPlan plan, StagePath path, PipelineHabits habits, DateOnly today)
    {
        if (path.IsClosed)
        {
            return SeedCalendar.TodayIn(path.Last.At);
        }

        if (plan.DueOn is { } due)
        {
            return due;
        }

        var overdue = plan.OverdueDraw < (path.Stalled ? StalledOverdueChance : OverdueChance);
        var pastDue = today.AddDays(-1 - (int)(plan.CloseDraw * 30));
        if (overdue && pastDue > SeedCalendar.TodayIn(path.Created.At).AddDays(7))
        {
            return pastDue;
        }

        var ahead = habits.DaysAheadFrom(habits.Open.ToList().IndexOf(path.Last.Stage));

        return today.AddDays(Math.Max(3, (int)(ahead * (0.5 + plan.CloseDraw))));
    }
}
