using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Forecasting;
using Crm.Infrastructure.Forecasting;
using Crm.Web.Common;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Forecasting;

/// <summary>
/// The changes since the baseline snapshot (the newest a week old, or else the newest weekly
/// one): what came in, went out, closed or changed amount, with old and new values.
/// </summary>
public sealed partial class ForecastChangesCard
{
    [Parameter, EditorRequired]
    public ForecastChangeReport? Changes { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyDictionary<Guid, string> RepNames { get; set; } = new Dictionary<Guid, string>();

    [Parameter, EditorRequired]
    public string Currency { get; set; } = "";

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ForecastText> Text { get; set; } = default!;

    private string Since(ForecastChangeReport report) => string.Format(
        Text[report.Kind == SnapshotKind.Weekly ? "Changes.Weekly" : "Changes.OnDemand"],
        Zone.ToLocal(report.TakenAt).ToString("g", CultureInfo.CurrentCulture));

    private string Name(ForecastChangeRow row) =>
        string.IsNullOrEmpty(row.OpportunityName) ? Text["Changes.Unnamed"] : row.OpportunityName;

    private string? Amount(long? minorUnits) =>
        minorUnits is { } value ? MoneyText.Whole(new Money(value, Currency)) : null;

    private static string? Date(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture);

    // One value when nothing moved, "old → new" when it did.
    private static string Moved(string? before, string? after) =>
        before is null || before == after ? after ?? before ?? "—" : $"{before} → {after ?? "—"}";

    private static Color KindColor(ForecastChangeKind kind) => kind switch
    {
        ForecastChangeKind.Won => Color.Success,
        ForecastChangeKind.Lost or ForecastChangeKind.MovedOut => Color.Error,
        ForecastChangeKind.New or ForecastChangeKind.MovedIn => Color.Info,
        _ => Color.Warning,
    };
}
