using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Targets;

namespace Crm.Web.Tests.Targets;

/// <summary>
/// Targets in memory for one sales team of two reps. Figures go through the domain's own
/// <see cref="TargetValue.Of"/>, so a refused figure is refused with the real code.
/// </summary>
public sealed class FakeTargetService : ITargetService
{
    public static readonly Guid TeamId = new("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid LiNa = new("0193a000-0000-7000-8000-000000000002");
    public static readonly Guid WangWei = new("0193a000-0000-7000-8000-000000000003");
    public static readonly DateOnly Today = new(2026, 4, 10);

    private readonly Dictionary<(TargetSubject, TargetMeasure), TargetCell> _cells = [];

    public List<TargetInput> Saved { get; } = [];

    public List<string> Copies { get; } = [];

    public TargetCopyResult CopyResult { get; set; } = new("2026-03", 3, 1, 0);

    public bool HasTeams { get; set; } = true;

    /// <summary>The next save finds that someone else set the same target to 99 first.</summary>
    public bool ChangedElsewhere { get; set; }

    public TargetAttainment? Attainment { get; set; }

    public int AttainmentReads { get; private set; }

    /// <summary>What the history answers; null gives six periods without a target.</summary>
    public AttainmentHistory? History { get; set; }

    public List<(string PeriodKey, TargetSubject? Subject)> HistoryReads { get; } = [];

    public void Set(TargetSubject subject, TargetMeasure measure, long value) =>
        _cells[(subject, measure)] = new TargetCell(
            measure, value, measure == TargetMeasure.WonAmount ? "CNY" : null, 1, "管理员",
            Today.ToDateTime(default));

    public Task<TargetCalendarInfo> CalendarAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new TargetCalendarInfo(1, Today, "CNY"));

    public Task<TargetSheet> ListAsync(string periodKey, CancellationToken cancellationToken = default)
    {
        var period = new FiscalCalendar(1).Parse(periodKey)!;
        TeamTargets[] teams =
        [
            new(TeamId, "华东销售", Row(TargetSubject.Team(TeamId), "华东销售"),
                [Row(TargetSubject.Rep(LiNa), "李娜"), Row(TargetSubject.Rep(WangWei), "王伟")]),
        ];

        return Task.FromResult(new TargetSheet(period.Key, period.Kind, period.Start, period.End, "CNY", true,
            HasTeams ? teams : []));
    }

    public Task<TargetCell> SetAsync(TargetInput input, CancellationToken cancellationToken = default)
    {
        var value = input.Value is { } figure ? TargetValue.Of(input.Measure, figure, "CNY") : (TargetValue?)null;
        var version = _cells.GetValueOrDefault((input.Subject, input.Measure))?.Version ?? 0;
        if (input.ExpectedVersion != version || ChangedElsewhere)
        {
            ChangedElsewhere = false;
            _cells[(input.Subject, input.Measure)] =
                new TargetCell(input.Measure, 99, null, version + 1, "陈静", null);
            throw new ConcurrencyConflictException("Target", Guid.Empty);
        }

        Saved.Add(input);
        var cell = new TargetCell(input.Measure, value?.Value, value?.Currency, version + 1, "管理员",
            Today.ToDateTime(default));
        _cells[(input.Subject, input.Measure)] = cell;

        return Task.FromResult(cell);
    }

    public Task<TargetCopyResult> CopyPreviousAsync(string periodKey, CancellationToken cancellationToken = default)
    {
        Copies.Add(periodKey);

        return Task.FromResult(CopyResult);
    }

    public Task<TargetAttainment> AttainmentAsync(string periodKey, CancellationToken cancellationToken = default)
    {
        AttainmentReads++;

        return Task.FromResult(Attainment ?? throw new InvalidOperationException("No attainment arranged."));
    }

    public Task<AttainmentHistory> HistoryAsync(
        string periodKey, TargetSubject? subject, CancellationToken cancellationToken = default)
    {
        HistoryReads.Add((periodKey, subject));
        var calendar = new FiscalCalendar(1);
        var last = calendar.Parse(periodKey)!;
        var periods = new List<FiscalPeriod> { last };
        while (periods.Count < 6)
        {
            periods.Insert(0, calendar.Previous(periods[0]));
        }

        return Task.FromResult(History ?? new AttainmentHistory(subject, "CNY",
            [.. periods.Select(p => new AttainmentHistoryPeriod(p, 0, null, false, null))]));
    }

    private TargetRow Row(TargetSubject subject, string name) =>
        new(subject, name, [.. new[] { TargetMeasure.WonAmount, TargetMeasure.WonCount, TargetMeasure.ActivityCount }
            .Select(m => _cells.GetValueOrDefault((subject, m)) ?? new TargetCell(m, null, null, 0, null, null))]);
}
