using Crm.Domain.FollowUps;

namespace Crm.Domain.Tests.FollowUps;

public sealed class FollowUpTaskTests
{
    private static readonly DateTime At = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Complete_OpenTask_StampsCompletion()
    {
        var task = NewTask();

        task.Complete(At.AddHours(1));

        Assert.True(task.IsDone);
        Assert.Equal(At.AddHours(1), task.CompletedAt);
    }

    [Fact]
    public void Complete_DoneTask_RecordsNothingMore()
    {
        var task = NewTask();
        task.Complete(At);
        task.ClearDomainEvents();

        task.Complete(At.AddDays(1));

        Assert.Empty(task.DomainEvents);
    }

    [Fact]
    public void Reopen_DoneTask_ClearsCompletion()
    {
        var task = NewTask();
        task.Complete(At);

        task.Reopen(At.AddHours(2));

        Assert.False(task.IsDone);
        Assert.Null(task.CompletedAt);
    }

    private static FollowUpTask NewTask() =>
        FollowUpTask.Create(Guid.NewGuid(), "回访报价", At.AddDays(2), Guid.NewGuid(), Guid.NewGuid(), null, At);
}
