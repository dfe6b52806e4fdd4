using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Targets;
using Crm.Infrastructure.Targets;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Targets;

/// <summary>
/// Progress toward one target: attainment, on pace or behind, actual of target, the gap and (for
/// won amount) the pipeline coverage of the gap; the actual alone when no target is set.
/// </summary>
public sealed partial class AttainmentCell
{
    [Parameter, EditorRequired]
    public MeasureAttainment Measure { get; set; } = default!;

    [Parameter, EditorRequired]
    public string BaseCurrency { get; set; } = "";

    private string Status => Measure.Progress is null ? "none" : Measure.Progress.IsOnPace ? "on-pace" : "behind";

    private static string Percent(decimal? share) =>
        share is { } value ? value.ToString("P1", CultureInfo.CurrentCulture) : "—";

    private string Figure(long value) => Measure.Measure == TargetMeasure.WonAmount
        ? MoneyText.Whole(new Money(value, BaseCurrency))
        : value.ToString("N0", CultureInfo.CurrentCulture);

    private string CoverageText(decimal? coverage) => coverage is { } times
        ? string.Format(Text["Attainment.Coverage"], times.ToString("0.00", CultureInfo.CurrentCulture))
        : Text["Attainment.CoverageNone"];
}
