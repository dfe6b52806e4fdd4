using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Displays.Boards.Sales;

/// <summary>
/// The live feed of a sales board: the newest stage entries of the scope's opportunities, read
/// from the stage history the facts carry (<see cref="OpportunityFact.Visits"/>), so a fresh board
/// starts full and every rebuild after a committed move shows it on top. The first entry of an
/// opportunity is its creation; an entry into a Won or Lost stage is a win or a loss.
/// </summary>
internal static class SalesFeed
{
    public const int Length = 12;

    /// <summary>The <see cref="Length"/> newest entries of <paramref name="rows"/>, newest first.</summary>
    public static IReadOnlyList<FeedEntry> Newest(IEnumerable<OpportunityFact> rows)
    {
        // A heap of the newest so far, its oldest on top: one pass, whatever the number of rows.
        var newest = new PriorityQueue<FeedEntry, (DateTime, Guid, int)>();
        foreach (var fact in rows)
        {
            for (var visit = 0; visit < fact.Visits.Length; visit++)
            {
                var entry = new FeedEntry(fact, visit);
                var order = (entry.At, fact.Id, visit);
                if (newest.Count < Length)
                {
                    newest.Enqueue(entry, order);
                }
                else if (newest.TryPeek(out _, out var oldest) && order.CompareTo(oldest) > 0)
                {
                    newest.DequeueEnqueue(entry, order);
                }
            }
        }

        return [.. newest.UnorderedItems.OrderByDescending(i => i.Priority).Select(i => i.Element)];
    }

    /// <summary>
    /// The moments of <paramref name="entries"/>, in their order; an entry whose opportunity has no
    /// name any more (deleted since) is left out. <paramref name="versions"/> holds the versions
    /// live events brought and those moments were first shown with; a moment met for the first
    /// time in history takes the version its fact has now.
    /// </summary>
    public static ImmutableArray<SalesMoment> Moments(
        IReadOnlyList<FeedEntry> entries, FeedNames names, IReadOnlyDictionary<Guid, Stage> stages,
        IReadOnlyDictionary<MomentKey, int> versions)
    {
        var moments = ImmutableArray.CreateBuilder<SalesMoment>(entries.Count);
        foreach (var entry in entries)
        {
            var fact = entry.Fact;
            if (!names.Opportunities.TryGetValue(fact.Id, out var name))
            {
                continue;
            }

            var stage = stages.GetValueOrDefault(entry.StageId);
            var version = versions.GetValueOrDefault(MomentKey.Of(fact.Id, entry.At), fact.Version);
            moments.Add(new SalesMoment(
                fact.Id, version, KindOf(entry, stage), name.Name, name.AccountName,
                names.People.GetValueOrDefault(fact.OwnerId, ""), stage?.Name, fact.AmountBase, entry.At));
        }

        return moments.DrainToImmutable();
    }

    private static SalesMomentKind KindOf(FeedEntry entry, Stage? stage) => entry.Visit == 0
        ? SalesMomentKind.Created
        : stage?.Outcome switch
        {
            StageOutcome.Won => SalesMomentKind.Won,
            StageOutcome.Lost => SalesMomentKind.Lost,
            _ => SalesMomentKind.StageMoved,
        };
}

/// <summary>One stage entry of an opportunity: its <see cref="Visit"/>th stay.</summary>
internal sealed record FeedEntry(OpportunityFact Fact, int Visit)
{
    public DateTime At => Fact.Visits[Visit].EnteredAt;

    public Guid StageId => Fact.Visits[Visit].StageId;
}

/// <summary>The names a feed shows: opportunities with their accounts, and people by user id.</summary>
internal sealed record FeedNames(
    IReadOnlyDictionary<Guid, OpportunityName> Opportunities, IReadOnlyDictionary<Guid, string> People);

/// <summary>
/// An opportunity at a moment, as a live event and a stage history entry both name it. Times are
/// cut to the millisecond: PostgreSQL keeps microseconds, .NET ticks a tenth of one.
/// </summary>
internal readonly record struct MomentKey(Guid OpportunityId, DateTime At)
{
    public static MomentKey Of(Guid opportunityId, DateTime at) =>
        new(opportunityId, new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), at.Kind));
}
