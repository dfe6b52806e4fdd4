using Crm.Domain.Common;
using Crm.Infrastructure.Targets;
using Crm.Web.Charts;
using Crm.Web.Currencies;
using Crm.Web.Periods;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Targets;

/// <summary>
/// The won amount of the selected period and the five before it as bars, the target of each as a
/// dashed line that breaks where a period has none, and the same figures with attainment as a
/// table to read and export. Without a target in any of the periods there is nothing to measure
/// against: the card says so instead of drawing bars alone.
/// </summary>
public sealed partial class AttainmentHistoryCard
{
    // A neutral grey that reads on the light and the dark card alike: the target is a reference, not a series.
    private const string TargetLineColor = "#8a94a6";

    private IReadOnlyList<ChartSeries> _won = [];
    private IReadOnlyList<ChartSeries> _target = [];
    private ChartTable? _table;

    [Inject]
    private IStringLocalizer<PeriodText> Periods { get; set; } = default!;

    [Parameter, EditorRequired]
    public AttainmentHistory History { get; set; } = default!;

    /// <summary>Whose history it is: the organisation, a team's or a rep's name.</summary>
    [Parameter, EditorRequired]
    public string SubjectName { get; set; } = "";

    protected override void OnParametersSet()
    {
        if (!History.HasTarget)
        {
            (_won, _target, _table) = ([], [], null);
            return;
        }

        var periods = History.Periods;
        _won = [new ChartSeries("won", Text["History.Won"],
            [.. periods.Select(p => Point("won", p.Period.Key, PeriodNames.Label(Periods, p.Period), p.WonAmount))])];
        _target = [new ChartSeries("target", Text["History.Target"],
            [.. periods.Where(p => p.Target is not null)
                .Select(p => Point("target", p.Period.Key, PeriodNames.Label(Periods, p.Period), p.Target!.Value))],
            TargetLineColor, Dashed: true)];
        _table = TargetTables.History(
            $"{Text["History.TableTitle"]} {SubjectName}", History, Text, Periods);
    }

    private ChartPoint Point(string series, string periodKey, string label, long minorUnits) =>
        new($"{series}:{periodKey}", label, minorUnits / 100m,
            MoneyText.Compact(new Money(minorUnits, History.BaseCurrency)));
}
