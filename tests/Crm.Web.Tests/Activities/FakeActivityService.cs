using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Infrastructure.Activities;

namespace Crm.Web.Tests.Activities;

/// <summary>Serves <see cref="Items"/> as the timeline and records what was logged.</summary>
public sealed class FakeActivityService : IActivityService
{
    public List<ActivityItem> Items { get; } = [];

    public List<(Guid AccountId, Guid? ContactId, ActivityEntry Entry)> Logged { get; } = [];

    public List<TimelineQuery> Queries { get; } = [];

    /// <summary>When set, the next log throws it instead of saving.</summary>
    public Exception? FailNextLog { get; set; }

    /// <summary>The record each logged activity was about, in the order they were logged.</summary>
    public List<RecordLink?> LoggedAbout { get; } = [];

    public Task<ActivityItem> LogAsync(
        Guid accountId, Guid? contactId, ActivityEntry entry, CancellationToken cancellationToken = default)
    {
        if (FailNextLog is { } error)
        {
            FailNextLog = null;
            throw error;
        }

        Logged.Add((accountId, contactId, entry));
        var item = Item(accountId, entry.Subject, entry.OccurredAt, entry.Kind);
        Items.Insert(0, item);

        return Task.FromResult(item);
    }

    public Task<ActivityItem> LogAsync(
        Guid accountId, Guid? contactId, RecordLink? related, ActivityEntry entry,
        CancellationToken cancellationToken = default)
    {
        LoggedAbout.Add(related);

        return LogAsync(accountId, contactId, entry, cancellationToken);
    }

    public Task<TimelinePage> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        var matching = Items
            .Where(i => query.Kinds is not { Count: > 0 } || query.Kinds.Contains(i.Kind))
            .OrderByDescending(i => i.OccurredAt)
            .SkipWhile(i => query.After is { } after && i.Id != after.Id)
            .Skip(query.After is null ? 0 : 1)
            .ToList();
        var page = matching.Take(query.PageSize).ToList();
        var next = matching.Count > page.Count ? new TimelineCursor(page[^1].OccurredAt, page[^1].Id) : null;

        return Task.FromResult(new TimelinePage(page, next));
    }

    public Task<ActivityItem> CorrectAsync(
        Guid id, int expectedVersion, ActivityEntry entry, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Single(i => i.Id == id) with { Subject = entry.Subject });

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        Items.RemoveAll(i => i.Id == id);

        return Task.CompletedTask;
    }

    public static ActivityItem Item(
        Guid accountId, string subject, DateTime at, ActivityKind kind = ActivityKind.Call) =>
        new(Guid.CreateVersion7(), 1, accountId, "华东制造", null, null, kind, ActivityDirection.Outbound, at, null,
            ActivityOutcome.None, subject, null, TimelineTestContext.Me.UserId, "Test Rep", true);
}
