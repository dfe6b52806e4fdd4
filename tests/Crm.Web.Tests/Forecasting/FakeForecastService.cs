using System.Collections.Immutable;
using Crm.Domain.Analytics;
using Crm.Domain.Customers;
using Crm.Domain.Forecasting;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Forecasting;

namespace Crm.Web.Tests.Forecasting;

/// <summary>
/// The forecast of a fiscal year starting in April, today 2026-05-11 (FY2026-Q1), computed by
/// the real calculator from fixture facts (CNY minor units):
/// <code>
/// East: Amy  won 5 000 000, commit 2 000 000 × 70 %   → forecast 7 000 000 (¥70,000)
///       Bob  best case 1 000 000 × 40 %; one EUR opportunity without a rate
/// West: Cai  commit 500 000 × 80 %                    → forecast 500 000 (¥5,000)
/// Total forecast 7 500 000 (¥75,000)
/// </code>
/// Records what the page asks of it.
/// </summary>
public sealed class FakeForecastService : IForecastService
{
    public static readonly Guid East = Guid.Parse("0195a000-0000-7000-8000-0000000000e1");
    public static readonly Guid West = Guid.Parse("0195a000-0000-7000-8000-0000000000e2");
    public static readonly Guid Amy = Guid.Parse("0195a000-0000-7000-8000-0000000000a1");
    public static readonly Guid Bob = Guid.Parse("0195a000-0000-7000-8000-0000000000b1");
    public static readonly Guid Cai = Guid.Parse("0195a000-0000-7000-8000-0000000000c1");
    public static readonly Guid AmyCommit = Guid.Parse("0195a000-0000-7000-8000-0000000000a2");

    private static readonly FiscalCalendar Calendar = new(4);
    private static readonly DateOnly Today = new(2026, 5, 11);

    private readonly List<ForecastAdjustment> _adjustments = [];

    public ForecastPermissions Permissions { get; set; } = ForecastPermissions.ReadOnly;

    public ForecastChangeReport? Changes { get; set; }

    public int Reads { get; private set; }

    public List<(PeriodKind Kind, string? Key)> Requests { get; } = [];

    public List<ForecastAdjustmentRequest> Adjusted { get; } = [];

    public List<string> Snapshots { get; } = [];

    public Task<ForecastView> GetAsync(
        string? periodKey, PeriodKind kind, CancellationToken cancellationToken = default)
    {
        Reads++;
        Requests.Add((kind, periodKey));
        var period = periodKey is null ? Calendar.PeriodContaining(Today, kind) : Calendar.Parse(periodKey)!;
        var result = ForecastCalculator.Calculate(period, Facts(), _adjustments);

        return Task.FromResult(new ForecastView(
            period, Calendar, Today, "CNY", result,
            new Dictionary<Guid, string> { [Amy] = "Amy", [Bob] = "Bob", [Cai] = "Cai" },
            new Dictionary<Guid, string> { [East] = "East", [West] = "West" }, Permissions, Changes));
    }

    public Task<IReadOnlyList<ForecastAdjustmentRow>> HistoryAsync(
        ForecastSubjectKind kind, Guid subjectId, string periodKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ForecastAdjustmentRow>>(_adjustments
            .Where(a => a.SubjectKind == kind && a.SubjectId == subjectId && a.PeriodKey == periodKey)
            .OrderByDescending(a => a.Revision)
            .Select(a => new ForecastAdjustmentRow(a.Revision, a.Delta, a.Note, a.ById, "Chen", a.At))
            .ToList());

    public Task<ForecastAdjustmentRow> AdjustAsync(
        ForecastAdjustmentRequest request, CancellationToken cancellationToken = default)
    {
        var current = _adjustments.Where(a => a.SubjectId == request.SubjectId).MaxBy(a => a.Revision);
        var next = ForecastAdjustment.Next(current, request.Kind, request.SubjectId, request.PeriodKey, request.Delta,
            request.Note, Guid.CreateVersion7(), new DateTime(2026, 5, 11, 2, 0, 0, DateTimeKind.Utc));
        _adjustments.Add(next);
        Adjusted.Add(request);

        return Task.FromResult(new ForecastAdjustmentRow(next.Revision, next.Delta, next.Note, next.ById, "Chen",
            next.At));
    }

    public Task<ForecastSnapshotTaken> TakeSnapshotAsync(
        string periodKey, CancellationToken cancellationToken = default)
    {
        Snapshots.Add(periodKey);

        return Task.FromResult(new ForecastSnapshotTaken(Guid.CreateVersion7(), DateTime.UtcNow, 4));
    }

    public Task<bool> TakeWeeklySnapshotAsync(PeriodKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    /// <summary>A previously adjusted forecast, as if saved before the page opened.</summary>
    public void Seed(ForecastSubjectKind kind, Guid subject, long delta, string note) =>
        AdjustAsync(new ForecastAdjustmentRequest(kind, subject, "FY2026-Q1", delta, note));

    private static OpportunityFact[] Facts() =>
    [
        Fact(Amy, East, OpportunityStatus.Won, ForecastCategory.Closed, 5_000_000, 100, new(2026, 4, 20)),
        Fact(Amy, East, OpportunityStatus.Open, ForecastCategory.Commit, 2_000_000, 70, new(2026, 6, 10), AmyCommit),
        Fact(Bob, East, OpportunityStatus.Open, ForecastCategory.BestCase, 1_000_000, 40, new(2026, 5, 30)),
        Fact(Bob, East, OpportunityStatus.Open, ForecastCategory.Commit, null, 70, new(2026, 6, 2)) with
        {
            Currency = "EUR",
        },
        Fact(Cai, West, OpportunityStatus.Open, ForecastCategory.Commit, 500_000, 80, new(2026, 6, 1)),
    ];

    private static OpportunityFact Fact(
        Guid owner, Guid team, OpportunityStatus status, ForecastCategory category, long? amountBase,
        int probability, DateOnly day, Guid? id = null) =>
        new()
        {
            Id = id ?? Guid.CreateVersion7(), Version = 1, PipelineId = Guid.Empty, StageId = Guid.Empty,
            Status = status, Category = category, Probability = probability, OwnerId = owner, TeamId = team,
            AccountId = Guid.Empty, Region = "华东", Industry = Industry.Manufacturing, Tier = AccountTier.Standard,
            AmountMinorUnits = amountBase ?? 100_000, Currency = "CNY", AmountBase = amountBase,
            ExpectedCloseDate = day, ClosedOn = status == OpportunityStatus.Open ? null : day,
            CreatedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), CloseReason = null, Visits = [],
        };
}

/// <summary>A fact table whose only job here is to say "a newer table is out".</summary>
public sealed class FakeOpportunityFacts : IOpportunityFacts
{
    private readonly List<Action> _listeners = [];

    public ValueTask<FactTable<OpportunityFact>> CurrentAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new FactTable<OpportunityFact>(1, [], "CNY", new DateOnly(2026, 5, 11), []));

    public IDisposable Subscribe(Action onChanged)
    {
        _listeners.Add(onChanged);

        return new Subscription(() => _listeners.Remove(onChanged));
    }

    public void Publish()
    {
        foreach (var listener in _listeners.ToList())
        {
            listener();
        }
    }

    public int Listeners => _listeners.Count;

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
