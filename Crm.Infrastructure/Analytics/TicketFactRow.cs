using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// The columns of one ticket fact, projected in one SQL statement; its status history comes
/// from a second one and its durations from the calendar it is measured on.
/// </summary>
internal sealed class TicketFactRow
{
    public Guid Id { get; init; }

    public int Version { get; init; }

    public int Number { get; init; }

    public TicketChannel Channel { get; init; }

    public TicketCategory Category { get; init; }

    public TicketPriority Priority { get; init; }

    public TicketStatus Status { get; init; }

    public Guid QueueId { get; init; }

    public Guid TeamId { get; init; }

    public Guid? AssigneeId { get; init; }

    public Guid? AccountId { get; init; }

    public DateTime OpenedAt { get; init; }

    public DateTime? FirstRespondedAt { get; init; }

    public DateTime? ResolvedAt { get; init; }

    public DateTime? ClosedAt { get; init; }

    public Guid? SlaPolicyId { get; init; }

    public SlaState? FirstResponseSla { get; init; }

    public SlaState? ResolutionSla { get; init; }

    public int ReopenCount { get; init; }

    public int? Rating { get; init; }

    public DateTime? RatedAt { get; init; }

    public static IQueryable<TicketFactRow> Project(IQueryable<Ticket> tickets) =>
        tickets.Select(t => new TicketFactRow
        {
            Id = t.Id,
            Version = t.Version,
            Number = t.Number,
            Channel = t.Channel,
            Category = t.Category,
            Priority = t.Priority,
            Status = t.Status,
            QueueId = t.QueueId,
            TeamId = t.TeamId,
            AssigneeId = t.AssigneeId,
            AccountId = t.AccountId,
            OpenedAt = t.OpenedAt,
            FirstRespondedAt = t.FirstRespondedAt,
            ResolvedAt = t.ResolvedAt,
            ClosedAt = t.ClosedAt,
            SlaPolicyId = t.SlaPolicyId,
            FirstResponseSla = t.FirstResponseSla,
            ResolutionSla = t.ResolutionSla,
            ReopenCount = t.ReopenCount,
            Rating = t.Rating,
            RatedAt = t.RatedAt,
        });

    /// <summary>
    /// The fact, its durations measured on <paramref name="calendar"/>, its open spans from
    /// <paramref name="history"/> (status entries, oldest first).
    /// </summary>
    public TicketFact ToFact(IReadOnlyList<(TicketStatus Status, DateTime At)> history, BusinessSchedule calendar) =>
        new()
        {
            Id = Id, Version = Version, Number = Number, Channel = Channel, Category = Category,
            Priority = Priority, Status = Status, QueueId = QueueId, TeamId = TeamId, AssigneeId = AssigneeId,
            AccountId = AccountId, OpenedAt = OpenedAt, FirstRespondedAt = FirstRespondedAt,
            ResolvedAt = ResolvedAt, ClosedAt = ClosedAt,
            FirstResponseTime = WorkingTime(calendar, FirstRespondedAt),
            ResolutionTime = WorkingTime(calendar, ResolvedAt),
            FirstResponseMet = Decided(FirstResponseSla), ResolutionMet = Decided(ResolutionSla),
            ReopenCount = ReopenCount, Rating = Rating, RatedAt = RatedAt, OpenSpans = Spans(history),
        };

    /// <summary>
    /// The spans in which the ticket was unresolved: one from its opening, one more from each
    /// reopen; each ends when it is resolved (or closed straight from a working status).
    /// </summary>
    public ImmutableArray<OpenSpan> Spans(IReadOnlyList<(TicketStatus Status, DateTime At)> history)
    {
        var spans = ImmutableArray.CreateBuilder<OpenSpan>();
        DateTime? openSince = OpenedAt;
        foreach (var (status, at) in history.Skip(1))
        {
            var done = status is TicketStatus.Resolved or TicketStatus.Closed;
            if (done && openSince is { } from)
            {
                spans.Add(new OpenSpan(from, at));
                openSince = null;
            }
            else if (!done && openSince is null)
            {
                openSince = at;
            }
        }

        if (openSince is { } still)
        {
            spans.Add(new OpenSpan(still, null));
        }

        return spans.ToImmutable();
    }

    private TimeSpan? WorkingTime(BusinessSchedule calendar, DateTime? until) =>
        until is { } end ? calendar.WorkingTimeBetween(OpenedAt, end) : null;

    private static bool? Decided(SlaState? state) => state switch
    {
        SlaState.Met => true,
        SlaState.Breached => false,
        _ => null,
    };
}
