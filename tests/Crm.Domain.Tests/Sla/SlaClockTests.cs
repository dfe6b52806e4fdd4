using Crm.Domain.Sla;
using static Crm.Domain.Tests.Sla.Calendars;

namespace Crm.Domain.Tests.Sla;

/// <summary>
/// On a UTC calendar, Monday to Friday 09:00–17:00; Monday is 2026-03-02. First response in
/// 60 working minutes, resolution in 480 (one working day), at risk in the last 20%.
/// </summary>
public sealed class SlaClockTests
{
    private static readonly BusinessSchedule Office = NineToFive("Etc/UTC");
    private static readonly SlaTargets Targets = new(60, 480);
    private static readonly DateTime Opened = Utc("2026-03-02 09:00");

    [Fact]
    public void Evaluate_NewTicket_FirstResponseRunsToItsDeadline()
    {
        var status = Evaluate(new SlaTimeline(Opened), "2026-03-02 09:10");

        Assert.Equal(SlaState.Running, status.FirstResponse.State);
        Assert.Equal(Utc("2026-03-02 10:00"), status.FirstResponse.DueAt);
        Assert.Equal(TimeSpan.FromMinutes(50), status.FirstResponse.Remaining);
    }

    [Fact]
    public void Evaluate_RunningClock_NextChangeIsWhenItTurnsAtRisk()
    {
        var status = Evaluate(new SlaTimeline(Opened), "2026-03-02 09:10");

        Assert.Equal(Utc("2026-03-02 09:48"), status.FirstResponse.NextChangeAt);
    }

    [Fact]
    public void Evaluate_JustBeforeLastFifth_IsRunning()
    {
        var status = Evaluate(new SlaTimeline(Opened), "2026-03-02 09:47:59");

        Assert.Equal(SlaState.Running, status.FirstResponse.State);
    }

    [Fact]
    public void Evaluate_AtStartOfLastFifth_IsAtRiskUntilTheDeadline()
    {
        var status = Evaluate(new SlaTimeline(Opened), "2026-03-02 09:48");

        Assert.Equal(SlaState.AtRisk, status.FirstResponse.State);
        Assert.Equal(Utc("2026-03-02 10:00"), status.FirstResponse.NextChangeAt);
    }

    [Fact]
    public void Evaluate_AtTheDeadline_IsBreachedAndWaitsForNothing()
    {
        var status = Evaluate(new SlaTimeline(Opened), "2026-03-02 10:00");

        Assert.Equal(SlaState.Breached, status.FirstResponse.State);
        Assert.Null(status.FirstResponse.NextChangeAt);
    }

    [Fact]
    public void Evaluate_PastTheDeadline_RemainingIsNegative()
    {
        var status = Evaluate(new SlaTimeline(Opened), "2026-03-02 10:30");

        Assert.Equal(TimeSpan.FromMinutes(-30), status.FirstResponse.Remaining);
        Assert.Equal(1.5, status.FirstResponse.ElapsedFraction);
    }

    [Fact]
    public void Evaluate_RepliedBeforeDeadline_FirstResponseMet()
    {
        var timeline = new SlaTimeline(Opened, FirstRespondedAt: Utc("2026-03-02 09:30"));

        var status = Evaluate(timeline, "2026-03-02 12:00");

        Assert.Equal(SlaState.Met, status.FirstResponse.State);
        Assert.Equal(TimeSpan.FromMinutes(30), status.FirstResponse.Used);
    }

    [Fact]
    public void Evaluate_RepliedExactlyAtDeadline_FirstResponseMet()
    {
        var timeline = new SlaTimeline(Opened, FirstRespondedAt: Utc("2026-03-02 10:00"));

        Assert.Equal(SlaState.Met, Evaluate(timeline, "2026-03-02 12:00").FirstResponse.State);
    }

    [Fact]
    public void Evaluate_RepliedAfterDeadline_FirstResponseBreached()
    {
        var timeline = new SlaTimeline(Opened, FirstRespondedAt: Utc("2026-03-02 10:01"));

        Assert.Equal(SlaState.Breached, Evaluate(timeline, "2026-03-02 12:00").FirstResponse.State);
    }

    [Fact]
    public void Evaluate_Replied_ResolutionClockRunsOn()
    {
        var timeline = new SlaTimeline(Opened, FirstRespondedAt: Utc("2026-03-02 09:30"));

        var status = Evaluate(timeline, "2026-03-02 12:00");

        Assert.Equal(SlaState.Running, status.Resolution.State);
        Assert.Equal(Utc("2026-03-02 17:00"), status.Resolution.DueAt);
    }

    [Fact]
    public void Evaluate_AfterPause_DeadlineMovesOutByThePause()
    {
        var pause = new SlaPause(Utc("2026-03-02 09:20"), Utc("2026-03-02 10:20"));
        var timeline = new SlaTimeline(Opened, Pauses: [pause]);

        var status = Evaluate(timeline, "2026-03-02 10:30");

        Assert.Equal(Utc("2026-03-02 11:00"), status.FirstResponse.DueAt);
        Assert.Equal(TimeSpan.FromMinutes(30), status.FirstResponse.Used);
    }

    [Fact]
    public void Evaluate_WhilePaused_IsPausedWithoutDeadline()
    {
        var timeline = new SlaTimeline(Opened, Pauses: [new SlaPause(Utc("2026-03-02 09:20"), null)]);

        var status = Evaluate(timeline, "2026-03-02 12:00");

        Assert.Equal(SlaState.Paused, status.FirstResponse.State);
        Assert.Null(status.FirstResponse.DueAt);
        Assert.Equal(TimeSpan.FromMinutes(40), status.FirstResponse.Remaining);
    }

    [Fact]
    public void Evaluate_WhilePaused_NothingChangesByTime()
    {
        var timeline = new SlaTimeline(Opened, Pauses: [new SlaPause(Utc("2026-03-02 09:20"), null)]);

        Assert.Null(Evaluate(timeline, "2026-03-02 12:00").NextChangeAt);
    }

    [Fact]
    public void Evaluate_PausedAfterBreach_StaysBreached()
    {
        var timeline = new SlaTimeline(Opened, Pauses: [new SlaPause(Utc("2026-03-02 10:30"), null)]);

        var status = Evaluate(timeline, "2026-03-02 12:00");

        Assert.Equal(SlaState.Breached, status.FirstResponse.State);
        Assert.Equal(Utc("2026-03-02 10:00"), status.FirstResponse.DueAt);
    }

    [Fact]
    public void Evaluate_PauseOutsideWorkingHours_ChangesNothing()
    {
        var timeline = new SlaTimeline(
            Opened, Pauses: [new SlaPause(Utc("2026-03-02 17:30"), Utc("2026-03-03 08:30"))]);

        var status = Evaluate(timeline, "2026-03-03 10:00");

        Assert.Equal(Utc("2026-03-02 17:00"), status.Resolution.DueAt);
    }

    [Fact]
    public void Evaluate_OverlappingPauses_CountOnce()
    {
        var timeline = new SlaTimeline(Opened, Pauses:
        [
            new SlaPause(Utc("2026-03-02 10:00"), Utc("2026-03-02 11:00")),
            new SlaPause(Utc("2026-03-02 10:30"), Utc("2026-03-02 11:30")),
        ]);

        Assert.Equal(Utc("2026-03-03 10:30"), Evaluate(timeline, "2026-03-02 12:00").Resolution.DueAt);
    }

    [Fact]
    public void Evaluate_ResolvedWithinTarget_ResolutionMet()
    {
        var timeline = new SlaTimeline(Opened, Utc("2026-03-02 09:30"), Utc("2026-03-02 15:00"));

        var status = Evaluate(timeline, "2026-03-03 12:00");

        Assert.Equal(SlaState.Met, status.Resolution.State);
        Assert.Equal(Utc("2026-03-02 15:00"), status.Resolution.StoppedAt);
    }

    [Fact]
    public void Evaluate_Reopened_ContinuesFromTheUsedTime()
    {
        var timeline = new SlaTimeline(
            Opened, Utc("2026-03-02 09:30"),
            Reopens: [new SlaReopen(Utc("2026-03-02 15:00"), Utc("2026-03-03 10:00"))]);

        var status = Evaluate(timeline, "2026-03-03 11:00");

        Assert.Equal(TimeSpan.FromHours(7), status.Resolution.Used);
        Assert.Equal(Utc("2026-03-03 12:00"), status.Resolution.DueAt);
        Assert.Equal(SlaState.AtRisk, status.Resolution.State);
    }

    [Fact]
    public void Evaluate_ReopenedThenResolvedAgainInTime_ResolutionMet()
    {
        var timeline = new SlaTimeline(
            Opened, Utc("2026-03-02 09:30"), Utc("2026-03-03 11:00"),
            Reopens: [new SlaReopen(Utc("2026-03-02 15:00"), Utc("2026-03-03 10:00"))]);

        Assert.Equal(SlaState.Met, Evaluate(timeline, "2026-03-04 12:00").Resolution.State);
    }

    [Fact]
    public void Evaluate_ReopenedAfterLateResolution_StaysBreached()
    {
        var timeline = new SlaTimeline(
            Opened, Utc("2026-03-02 09:30"),
            Reopens: [new SlaReopen(Utc("2026-03-03 10:00"), Utc("2026-03-03 11:00"))]);

        Assert.Equal(SlaState.Breached, Evaluate(timeline, "2026-03-03 11:30").Resolution.State);
    }

    [Fact]
    public void Evaluate_ResolvedWithoutReply_FirstResponseStopsAtResolution()
    {
        var timeline = new SlaTimeline(Opened, ResolvedAt: Utc("2026-03-02 09:40"));

        var status = Evaluate(timeline, "2026-03-02 12:00");

        Assert.Equal(SlaState.Met, status.FirstResponse.State);
        Assert.Equal(Utc("2026-03-02 09:40"), status.FirstResponse.StoppedAt);
    }

    [Fact]
    public void Evaluate_ReplyInTheFuture_IsNotCountedYet()
    {
        var timeline = new SlaTimeline(Opened, FirstRespondedAt: Utc("2026-03-02 11:00"));

        Assert.Equal(SlaState.AtRisk, Evaluate(timeline, "2026-03-02 09:50").FirstResponse.State);
    }

    [Fact]
    public void NextChangeAt_BothClocksRunning_IsTheEarlierOne()
    {
        var status = Evaluate(new SlaTimeline(Opened), "2026-03-02 09:50");

        Assert.Equal(Utc("2026-03-02 10:00"), status.NextChangeAt);
    }

    [Fact]
    public void NextChangeAt_FirstResponseMet_IsWhenResolutionTurnsAtRisk()
    {
        var timeline = new SlaTimeline(Opened, FirstRespondedAt: Utc("2026-03-02 09:05"));

        Assert.Equal(Utc("2026-03-02 15:24"), Evaluate(timeline, "2026-03-02 10:00").NextChangeAt);
    }

    [Fact]
    public void Evaluate_NoAtRiskShare_NeverAtRiskAndNextChangeIsTheDeadline()
    {
        var targets = new SlaTargets(60, 480, 0);

        var status = SlaClock.Evaluate(Office, targets, new SlaTimeline(Opened), Utc("2026-03-02 09:55"));

        Assert.Equal(SlaState.Running, status.FirstResponse.State);
        Assert.Equal(Utc("2026-03-02 10:00"), status.FirstResponse.NextChangeAt);
    }

    [Fact]
    public void Evaluate_OpenedFridayEveningInShanghai_DueMondayMorning()
    {
        var opened = Local("Asia/Shanghai", "2026-03-06 17:30");

        var status = SlaClock.Evaluate(Shanghai(), Targets, new SlaTimeline(opened), opened);

        Assert.Equal(Local("Asia/Shanghai", "2026-03-09 09:30"), status.FirstResponse.DueAt);
    }

    [Fact]
    public void Evaluate_OpenedOnHolidayEveInShanghai_DueAfterTheHoliday()
    {
        var calendar = Shanghai(Holiday("2026-06-19"));
        var opened = Local("Asia/Shanghai", "2026-06-18 17:00");

        var status = SlaClock.Evaluate(calendar, new SlaTargets(60, 7 * 60 + 30), new SlaTimeline(opened), opened);

        Assert.Equal(Local("Asia/Shanghai", "2026-06-22 17:00"), status.Resolution.DueAt);
    }

    [Fact]
    public void SlaTargets_ZeroMinutes_ThrowsNamingTheTarget()
    {
        var error = Assert.Throws<Crm.Domain.Common.DomainException>(() => new SlaTargets(0, 480));

        Assert.Equal("FirstResponseMinutes", error.Field);
    }

    private static SlaStatus Evaluate(SlaTimeline timeline, string now) =>
        SlaClock.Evaluate(Office, Targets, timeline, Utc(now));
}

public sealed class SlaClockAcrossZonesTests
{
    [Fact]
    public void Evaluate_NewYorkFridayBeforeSpringForward_DueMondayOnSummerTime()
    {
        var calendar = NineToFive("America/New_York");
        var opened = Utc("2026-03-06 21:00");

        var status = SlaClock.Evaluate(calendar, new SlaTargets(120, 480), new SlaTimeline(opened), opened);

        Assert.Equal(Utc("2026-03-09 14:00"), status.FirstResponse.DueAt);
    }

    [Fact]
    public void Evaluate_BerlinPausedOverFallBackWeekend_PauseCostsNoWorkingTime()
    {
        var calendar = NineToFive("Europe/Berlin");
        var pause = new SlaPause(Utc("2026-10-23 15:00"), Utc("2026-10-26 08:00"));
        var timeline = new SlaTimeline(Utc("2026-10-23 13:00"), Pauses: [pause]);

        var status = SlaClock.Evaluate(calendar, new SlaTargets(240, 480), timeline, Utc("2026-10-26 09:00"));

        Assert.Equal(TimeSpan.FromHours(3), status.FirstResponse.Used);
    }

    [Fact]
    public void WorkingTimeBetween_TenYears_CountsEveryWeekday()
    {
        var calendar = NineToFive("Etc/UTC");

        var time = calendar.WorkingTimeBetween(Utc("2026-01-01 00:00"), Utc("2036-01-01 00:00"));

        Assert.Equal(TimeSpan.FromHours(8 * 2608), time);
    }
}
