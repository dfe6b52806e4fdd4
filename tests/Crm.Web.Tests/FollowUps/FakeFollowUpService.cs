using Crm.Domain.Common;
using Crm.Infrastructure.FollowUps;
using Crm.Web.Tests.Activities;

namespace Crm.Web.Tests.FollowUps;

/// <summary>Keeps tasks in a list; records creates and completions.</summary>
public sealed class FakeFollowUpService : IFollowUpService
{
    public List<FollowUpItem> Tasks { get; } = [];

    public List<FollowUpInput> Created { get; } = [];

    public List<Guid> Completed { get; } = [];

    public bool CanAdd { get; set; } = true;

    /// <summary>The record each task is about, for the tasks that are about one.</summary>
    public Dictionary<Guid, RecordLink> RelatedTo { get; } = [];

    public Task<FollowUpItem> CreateAsync(FollowUpInput input, CancellationToken cancellationToken = default)
    {
        Created.Add(input);
        var item = Item(input.Subject, input.DueAt, input.AccountId);
        Tasks.Add(item);
        if (input.Related is { } related)
        {
            RelatedTo[item.Id] = related;
        }

        return Task.FromResult(item);
    }

    public Task<FollowUpItem> CompleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        Completed.Add(id);

        var now = TimelineTestContext.Now.UtcDateTime;

        return Task.FromResult(Replace(id, t => t with { IsDone = true, CompletedAt = now }));
    }

    public Task<FollowUpItem> ReopenAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Replace(id, t => t with { IsDone = false, CompletedAt = null }));

    public Task<FollowUpItem> RescheduleAsync(
        Guid id, int expectedVersion, DateTime dueAt, CancellationToken cancellationToken = default) =>
        Task.FromResult(Replace(id, t => t with { DueAt = dueAt }));

    public Task<IReadOnlyList<FollowUpItem>> MyOpenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FollowUpItem>>(Tasks.Where(t => !t.IsDone).OrderBy(t => t.DueAt).ToList());

    public Task<IReadOnlyList<FollowUpItem>> MyCompletedAsync(
        int limit = 20, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FollowUpItem>>(Tasks.Where(t => t.IsDone).ToList());

    public Task<AccountTaskList> OpenForAccountAsync(Guid accountId, CancellationToken cancellationToken = default) =>
        Task.FromResult(new AccountTaskList(
            Tasks.Where(t => t.AccountId == accountId && !t.IsDone).OrderBy(t => t.DueAt).ToList(), CanAdd));

    public Task<AccountTaskList> OpenForRecordAsync(
        Guid accountId, RecordLink related, CancellationToken cancellationToken = default) =>
        Task.FromResult(new AccountTaskList(
            Tasks.Where(t => t.AccountId == accountId && !t.IsDone && RelatedTo.GetValueOrDefault(t.Id) == related)
                .OrderBy(t => t.DueAt).ToList(),
            CanAdd));

    public Task<IReadOnlyList<AssigneeOption>> AssigneesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AssigneeOption>>([new AssigneeOption(TimelineTestContext.Me.UserId, "Test Rep")]);

    public static FollowUpItem Item(string subject, DateTime dueAt, Guid? accountId = null) =>
        new(Guid.CreateVersion7(), 1, subject, dueAt, false, null, TimelineTestContext.Me.UserId, "Test Rep",
            accountId, accountId is null ? null : "华东制造", true);

    private FollowUpItem Replace(Guid id, Func<FollowUpItem, FollowUpItem> change)
    {
        var index = Tasks.FindIndex(t => t.Id == id);
        Tasks[index] = change(Tasks[index]);

        return Tasks[index];
    }
}
