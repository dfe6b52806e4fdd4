using Crm.Domain.Activities;
using Crm.Domain.Common;

namespace Crm.Domain.Tests.Activities;

public sealed class ActivityTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Log_CallInThePast_KeepsBusinessTime()
    {
        var happened = Now.AddMonths(-14);

        var activity = Log(Entry(happened));

        Assert.Equal(happened, activity.OccurredAt);
    }

    [Fact]
    public void Log_InTheFuture_ThrowsNamingOccurredAt()
    {
        var error = Assert.Throws<DomainException>(() => Log(Entry(Now.AddHours(2))));

        Assert.Equal("OccurredAt", error.Field);
    }

    [Fact]
    public void Log_NegativeDuration_Throws()
    {
        var entry = Entry(Now) with { Duration = TimeSpan.FromMinutes(-5) };

        Assert.Throws<DomainException>(() => Log(entry));
    }

    [Fact]
    public void Log_LocalTime_IsStoredAsUtc()
    {
        var local = DateTime.SpecifyKind(Now.AddHours(-3), DateTimeKind.Unspecified);

        var activity = Log(Entry(local));

        Assert.Equal(DateTimeKind.Utc, activity.OccurredAt.Kind);
    }

    [Fact]
    public void Log_Always_RecordsActivityLoggedForTheAccount()
    {
        var accountId = Guid.NewGuid();

        var activity = Activity.Log(Guid.NewGuid(), accountId, null, null, Entry(Now), Guid.NewGuid(), Now);

        var logged = Assert.IsType<ActivityLogged>(Assert.Single(activity.DomainEvents));
        Assert.Equal(accountId, logged.AccountId);
    }

    private static Activity Log(ActivityEntry entry) =>
        Activity.Log(Guid.NewGuid(), Guid.NewGuid(), null, null, entry, Guid.NewGuid(), Now);

    private static ActivityEntry Entry(DateTime occurredAt) =>
        new(ActivityKind.Call, ActivityDirection.Outbound, occurredAt, TimeSpan.FromMinutes(12),
            ActivityOutcome.Reached, "确认二期采购预算", "客户希望下周收到报价。");
}
