using Crm.Domain.Common;
using Crm.Domain.Targets;
using Crm.Infrastructure.Targets;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Targets;

/// <summary>
/// A period's targets: each sales team's row, then its reps, by the three measures. Every cell
/// edits in place (<see cref="TargetCellEditor"/>); Tab walks the cells in reading order. Under a
/// team's figure, the sum of its reps' targets: the team's target when it has none of its own.
/// </summary>
public sealed partial class TargetGrid
{
    [Parameter, EditorRequired]
    public TargetSheet Sheet { get; set; } = default!;

    [Parameter]
    public EventCallback<TargetCell> OnSaved { get; set; }

    private string Header(TargetMeasure measure) => measure == TargetMeasure.WonAmount
        ? string.Format(Text["Measure.WonAmountIn"], Sheet.BaseCurrency)
        : Text[$"Measure.{measure}"];

    private string RepSumText(TeamTargets team, TargetMeasure measure)
    {
        var sum = TargetRollup.Team(null, team.Reps.Select(r => r.Cell(measure).Value));
        if (sum is not { } total)
        {
            return Text["Grid.RepSumNone"];
        }

        var figure = measure == TargetMeasure.WonAmount
            ? MoneyText.Format(new Money(total, Sheet.BaseCurrency))
            : total.ToString("N0");

        return string.Format(Text["Grid.RepSum"], figure);
    }

    /// <summary>A target was changed elsewhere before a cell could save it: reload the period.</summary>
    [Parameter]
    public EventCallback OnStale { get; set; }

    private Task OnCellSaved(TargetCell cell) => OnSaved.InvokeAsync(cell);

    private Task OnCellStale() => OnStale.InvokeAsync();
}
