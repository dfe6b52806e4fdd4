using Crm.Domain.Common;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Pipeline.Presence;

/// <summary>
/// The process's presence lists, one per record with someone on it; a record's list goes away
/// with its last page. One lock guards every list: joins and leaves are rare next to renders.
/// </summary>
internal sealed class PresenceRegistry(TimeProvider clock, ILogger<PresenceRegistry> logger)
    : IPresenceRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<RecordLink, List<Visit>> _visits = [];

    public IPresence Join(RecordLink record, PresenceViewer viewer, Action onChanged)
    {
        var visit = new Visit(this, record, viewer, onChanged, clock.GetUtcNow().UtcDateTime);
        int pages;
        lock (_gate)
        {
            if (!_visits.TryGetValue(record, out var list))
            {
                list = [];
                _visits[record] = list;
            }

            list.Add(visit);
            pages = list.Count;
        }

        PresenceLog.Joined(logger, viewer.UserId, record.Kind, record.Id, pages);
        NotifyOthers(visit);

        return visit;
    }

    public IReadOnlyList<PresentUser> PresentOn(RecordLink record) => People(record, null);

    private IReadOnlyList<PresentUser> People(RecordLink record, Guid? exceptUserId)
    {
        lock (_gate)
        {
            if (!_visits.TryGetValue(record, out var list))
            {
                return [];
            }

            return
            [
                .. list.Where(v => v.Viewer.UserId != exceptUserId)
                    .GroupBy(v => v.Viewer.UserId)
                    .Select(pages => new PresentUser(
                        pages.Key, pages.First().Viewer.DisplayName, pages.Any(v => v.IsEditing),
                        pages.Min(v => v.JoinedAt)))
                    .OrderBy(p => p.Since).ThenBy(p => p.UserId),
            ];
        }
    }

    private void Leave(Visit visit)
    {
        int pages;
        lock (_gate)
        {
            if (visit.HasLeft)
            {
                return;
            }

            visit.HasLeft = true;
            var list = _visits[visit.Record];
            list.Remove(visit);
            pages = list.Count;
            if (pages == 0)
            {
                _visits.Remove(visit.Record);
            }
        }

        PresenceLog.Left(logger, visit.Viewer.UserId, visit.Record.Kind, visit.Record.Id, pages);
        NotifyOthers(visit);
    }

    private void SetEditing(Visit visit, bool editing)
    {
        lock (_gate)
        {
            if (visit.HasLeft || visit.IsEditing == editing)
            {
                return;
            }

            visit.IsEditing = editing;
        }

        var action = editing ? "started" : "stopped";
        PresenceLog.Editing(logger, visit.Viewer.UserId, action, visit.Record.Kind, visit.Record.Id);
        NotifyOthers(visit);
    }

    // Outside the lock, so a listener may read the lists straight away.
    private void NotifyOthers(Visit origin)
    {
        Visit[] others;
        lock (_gate)
        {
            others = _visits.TryGetValue(origin.Record, out var list)
                ? [.. list.Where(v => v != origin)]
                : [];
        }

        foreach (var visit in others)
        {
            try
            {
                visit.OnChanged();
            }
            catch (Exception error)
            {
                PresenceLog.ListenerFailed(logger, error, origin.Record.Kind, origin.Record.Id);
            }
        }
    }

    /// <summary>One open page; the registry's lock guards its mutable state.</summary>
    private sealed class Visit(
        PresenceRegistry registry, RecordLink record, PresenceViewer viewer, Action onChanged, DateTime joinedAt)
        : IPresence
    {
        public RecordLink Record { get; } = record;

        public PresenceViewer Viewer { get; } = viewer;

        public Action OnChanged { get; } = onChanged;

        public DateTime JoinedAt { get; } = joinedAt;

        public bool IsEditing { get; set; }

        public bool HasLeft { get; set; }

        public void StartEditing() => registry.SetEditing(this, true);

        public void StopEditing() => registry.SetEditing(this, false);

        public IReadOnlyList<PresentUser> Others() => registry.People(Record, Viewer.UserId);

        public void Dispose() => registry.Leave(this);
    }
}
