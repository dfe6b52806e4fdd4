using Crm.Domain.Common;

namespace Crm.Infrastructure.Pipeline.Presence;

/// <summary>
/// Who has a record's page open right now, and who is editing it: in memory, per process,
/// one entry per open page (a person with two tabs open is one person in the lists). Nothing
/// goes through the database or the outbox, and nothing survives a restart; on several web
/// servers each server knows only its own circuits, so presence there needs the Redis bus
/// (not built yet). Callers join only after the record was read through its service, so the
/// people listed are always people who may see the record.
/// </summary>
public interface IPresenceRegistry
{
    /// <summary>
    /// Adds one open page of <paramref name="viewer"/> to <paramref name="record"/>'s viewers and
    /// tells every other page on the record. <paramref name="onChanged"/> is called, on the
    /// thread that made the change, whenever someone else joins, leaves, starts or stops
    /// editing; it must return quickly (hand the work to the page's renderer) and what it
    /// throws is logged and swallowed. Dispose the handle when the page closes.
    /// </summary>
    IPresence Join(RecordLink record, PresenceViewer viewer, Action onChanged);

    /// <summary>Everyone on the record's page now, earliest first.</summary>
    IReadOnlyList<PresentUser> PresentOn(RecordLink record);
}

/// <summary>
/// One open page on a record. Disposing it leaves the record (and stops editing); disposing
/// twice is harmless.
/// </summary>
public interface IPresence : IDisposable
{
    RecordLink Record { get; }

    /// <summary>Marks this page as editing the record (its edit dialog is open).</summary>
    void StartEditing();

    /// <summary>Marks this page as only looking again.</summary>
    void StopEditing();

    /// <summary>
    /// The other people on the record, earliest first: everyone but the viewer who joined,
    /// whose own other tabs are left out too.
    /// </summary>
    IReadOnlyList<PresentUser> Others();
}
