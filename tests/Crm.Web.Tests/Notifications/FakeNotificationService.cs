using Crm.Domain.Common;
using Crm.Domain.Notifications;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Notifications;
using Crm.Web.Tests.Common;

namespace Crm.Web.Tests.Notifications;

/// <summary>Keeps the signed-in user's notifications in a list and records what was asked of it.</summary>
public sealed class FakeNotificationService : INotificationService
{
    private readonly Lock _lock = new();
    private int _countQueries;

    public List<NotificationItem> Items { get; } = [];

    public List<Guid> MarkedRead { get; } = [];

    public List<Guid> MarkedUnread { get; } = [];

    public int MarkAllReadCalls { get; private set; }

    /// <summary>How often the unread count was asked for: once per load or live refresh.</summary>
    public int CountQueries => Volatile.Read(ref _countQueries);

    public static NotificationItem LeadAssigned(string leadName, DateTime at, string? actorName = "陈丽") =>
        new(
            Guid.CreateVersion7(), NotificationKind.LeadAssigned,
            new RecordLink(RecordKind.Lead, Guid.CreateVersion7()),
            new Dictionary<string, string> { [NotificationArguments.Lead] = leadName }, at, null,
            actorName is null ? null : Guid.CreateVersion7(), actorName);

    /// <summary>Adds <paramref name="count"/> unread notifications.</summary>
    public void AddUnread(int count)
    {
        lock (_lock)
        {
            Items.AddRange(Enumerable.Range(0, count).Select(i => LeadAssigned($"线索 {i}", CrmTestContext.Now)));
        }
    }

    public Task<Page<NotificationItem>> ListAsync(
        NotificationQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var matching = Items.Where(i => !query.UnreadOnly || !i.IsRead).OrderByDescending(i => i.At).ToList();
            var page = matching.Skip(query.Page * query.PageSize).Take(query.PageSize).ToList();

            return Task.FromResult(new Page<NotificationItem>(page, matching.Count));
        }
    }

    public Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _countQueries);
        lock (_lock)
        {
            return Task.FromResult(Items.Count(i => !i.IsRead));
        }
    }

    public Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        MarkedRead.Add(id);
        Replace(id, i => i with { ReadAt = CrmTestContext.Now });

        return Task.CompletedTask;
    }

    public Task MarkUnreadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        MarkedUnread.Add(id);
        Replace(id, i => i with { ReadAt = null });

        return Task.CompletedTask;
    }

    public Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            MarkAllReadCalls++;
            var unread = Items.Where(i => !i.IsRead).Select(i => i.Id).ToList();
            unread.ForEach(id => Replace(id, i => i with { ReadAt = CrmTestContext.Now }));

            return Task.FromResult(unread.Count);
        }
    }

    private void Replace(Guid id, Func<NotificationItem, NotificationItem> change)
    {
        lock (_lock)
        {
            var index = Items.FindIndex(i => i.Id == id);
            if (index < 0)
            {
                throw new NotFoundException("Notification", id);
            }

            Items[index] = change(Items[index]);
        }
    }
}
