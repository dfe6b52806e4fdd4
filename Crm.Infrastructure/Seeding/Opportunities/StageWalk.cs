namespace Crm.Infrastructure.Seeding.Opportunities;

/// <summary>
/// Plays an opportunity's life forward from its creation: in each open stage it stays a number
/// of days drawn from the stage's habit, then is lost or moves on, and after the last open stage
/// it is won. Now and then a customer asks to revisit the previous stage, or goes quiet for
/// months. A move that would fall after now does not happen, so the opportunity is still open
/// there. Moves land in working hours on working days, each later than the one before.
/// </summary>
internal static class StageWalk
{
    private const double StartLaterChance = 0.15;
    private const double StallChance = 0.06;
    private const double BackChance = 0.05;

    /// <summary>
    /// Draws the same number of values from <paramref name="random"/> whatever the dates, so
    /// what is drawn after the walk does not depend on the day of seeding.
    /// </summary>
    public static StagePath Walk(PipelineHabits habits, DateTime createdAt, DateTime nowUtc, Random random)
    {
        var startLater = random.Chance(StartLaterChance) && habits.Open.Count > 2;
        var draws = habits.Open.Select(_ => StageDraw.From(random)).ToArray();
        var start = startLater ? 1 : 0;
        var steps = new List<StageStep> { new(habits.Open[start], createdAt) };

        for (var index = start; index < habits.Open.Count; index++)
        {
            var draw = draws[index];
            var days = draw.DaysIn(habits.Habits[index]);
            if (draw.Back < BackChance && index > start && !Revisit(habits, index, draw, steps, nowUtc))
            {
                return new StagePath(steps, false);
            }

            var next = MoveMoment(steps[^1].At, days, draw.Time);
            if (next > nowUtc)
            {
                return new StagePath(steps, draw.Stalls);
            }

            var lost = draw.Loss < habits.Habits[index].LossChance;
            var won = !lost && index == habits.Open.Count - 1;
            steps.Add(new StageStep(lost ? habits.Lost : won ? habits.Won : habits.Open[index + 1], next));
            if (lost || won)
            {
                return new StagePath(steps, false);
            }
        }

        return new StagePath(steps, false);
    }

    /// <summary>The first working-hours moment <paramref name="days"/> days after <paramref name="after"/>.</summary>
    public static DateTime MoveMoment(DateTime after, int days, TimeOnly time)
    {
        var day = SeedCalendar.TodayIn(after).AddDays(days);
        day = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(2),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
        var moment = SeedCalendar.At(day, time);

        return moment > after ? moment : after.AddMinutes(45);
    }

    // Back to the previous stage for a few days, then on to this one again; false when now
    // arrives first and the opportunity stays where it is.
    private static bool Revisit(
        PipelineHabits habits, int index, StageDraw draw, List<StageStep> steps, DateTime nowUtc)
    {
        var back = MoveMoment(steps[^1].At, 2 + (int)(draw.Days * 6), draw.Time);
        var forward = MoveMoment(back, 3 + (int)(draw.Days * 10), draw.BackTime);
        if (back > nowUtc)
        {
            return false;
        }

        steps.Add(new StageStep(habits.Open[index - 1], back));
        if (forward > nowUtc)
        {
            return false;
        }

        steps.Add(new StageStep(habits.Open[index], forward));

        return true;
    }

    /// <summary>Everything one stage needs, drawn in one go.</summary>
    private readonly record struct StageDraw(
        double Days, bool Stalls, double StallDays, double Loss, double Back, TimeOnly Time, TimeOnly BackTime)
    {
        public static StageDraw From(Random random) => new(
            random.NextDouble(), random.Chance(StallChance), random.NextDouble(), random.NextDouble(),
            random.NextDouble(), SeedCalendar.WorkTime(random), SeedCalendar.WorkTime(random));

        public int DaysIn(StageHabit habit)
        {
            var days = habit.MinDays + (int)(Days * (habit.MaxDays - habit.MinDays + 1));

            return Stalls ? days + 45 + (int)(StallDays * 180) : days;
        }
    }
}
