using Crm.Domain.Sla;
using static Crm.Domain.Tests.Sla.Calendars;

namespace Crm.Domain.Tests.Sla;

public sealed class SlaPhasesTests
{
    private static readonly DateTime Opened = Utc("2026-03-02 09:00");

    [Fact]
    public void Timeline_PendingCustomerThenOpen_IsOnePause()
    {
        var timeline = SlaPhases.Timeline(Opened, null,
        [
            new SlaPhaseChange(Utc("2026-03-02 10:00"), SlaPhase.Paused),
            new SlaPhaseChange(Utc("2026-03-02 11:00"), SlaPhase.Running),
        ]);

        Assert.Equal([new SlaPause(Utc("2026-03-02 10:00"), Utc("2026-03-02 11:00"))], timeline.Pauses!);
    }

    [Fact]
    public void Timeline_PendingCustomerThenOnHold_StaysOnePauseStillGoing()
    {
        var timeline = SlaPhases.Timeline(Opened, null,
        [
            new SlaPhaseChange(Utc("2026-03-02 10:00"), SlaPhase.Paused),
            new SlaPhaseChange(Utc("2026-03-02 11:00"), SlaPhase.Paused),
        ]);

        Assert.Equal([new SlaPause(Utc("2026-03-02 10:00"), null)], timeline.Pauses!);
    }

    [Fact]
    public void Timeline_ResolvedReopenedResolved_KeepsTheReopenAndTheLastResolution()
    {
        var timeline = SlaPhases.Timeline(Opened, Utc("2026-03-02 09:30"),
        [
            new SlaPhaseChange(Utc("2026-03-02 15:00"), SlaPhase.Resolved),
            new SlaPhaseChange(Utc("2026-03-03 10:00"), SlaPhase.Running),
            new SlaPhaseChange(Utc("2026-03-03 11:00"), SlaPhase.Resolved),
        ]);

        Assert.Equal([new SlaReopen(Utc("2026-03-02 15:00"), Utc("2026-03-03 10:00"))], timeline.Reopens!);
        Assert.Equal(Utc("2026-03-03 11:00"), timeline.ResolvedAt);
    }

    [Fact]
    public void Timeline_ResolvedThenClosed_IsResolvedAtTheFirst()
    {
        var timeline = SlaPhases.Timeline(Opened, null,
        [
            new SlaPhaseChange(Utc("2026-03-02 15:00"), SlaPhase.Resolved),
            new SlaPhaseChange(Utc("2026-03-05 15:00"), SlaPhase.Resolved),
        ]);

        Assert.Equal(Utc("2026-03-02 15:00"), timeline.ResolvedAt);
    }
}
