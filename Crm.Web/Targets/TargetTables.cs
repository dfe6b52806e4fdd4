using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Targets;
using Crm.Infrastructure.Export;
using Crm.Infrastructure.Targets;
using Crm.Web.Charts;
using Crm.Web.Currencies;
using Crm.Web.Periods;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Targets;

/// <summary>
/// The targets screens' tables as a table beside a chart or an export writes them: the figures the
/// screen shows, typed (amounts in minor units of the base currency, counts as integers, shares as
/// decimals to four places, the page's one-decimal percentage as their text). A figure the screen
/// leaves out (no target, so no attainment) is an empty cell, never a zero.
/// </summary>
internal static class TargetTables
{
    private static readonly TableCell None = new("", ExportCell.Empty);

    /// <summary>A row per period, oldest first: the period, won amount, target and attainment.</summary>
    public static ChartTable History(
        string title, AttainmentHistory history, IStringLocalizer text, IStringLocalizer<PeriodText> periods)
    {
        var currency = history.BaseCurrency;
        var rows = history.Periods.Select(p => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(PeriodNames.Label(periods, p.Period)),
            Amount(p.WonAmount, currency),
            p.Target is { } target ? Amount(target, currency) : Missing(),
            p.Attainment is { } share ? Share(share) : Missing(),
        ]);

        return new ChartTable(title,
        [
            text["History.Period"], string.Format(text["History.WonIn"], currency),
            string.Format(text["History.TargetIn"], currency), text["History.Attainment"],
        ], [.. rows]);
    }

    /// <summary>
    /// A row per subject as <see cref="AttainmentTable"/> lists them; per measure the actual, the
    /// target, attainment, gap and whether it is on pace, and for the won amount the coverage.
    /// </summary>
    public static ChartTable Attainment(
        string title, IReadOnlyList<SubjectAttainment> subjects, string currency, IStringLocalizer text)
    {
        List<string> header = [text["Grid.Subject"]];
        foreach (var measure in TargetMeasures.All)
        {
            var name = MeasureName(measure, currency, text);
            header.AddRange([.. new[] { "Export.Actual", "Export.Target", "Export.Attainment", "Export.Gap",
                "Export.Status" }.Select(key => string.Format(text[key], name))]);
            if (measure == TargetMeasure.WonAmount)
            {
                header.Add(string.Format(text["Export.Coverage"], name));
            }
        }

        var rows = subjects.Select(s => (IReadOnlyList<TableCell>)
            [TableCell.Text(s.Name), .. TargetMeasures.All.SelectMany(m => Progress(s.Of(m), currency, text))]);

        return new ChartTable(title, header, [.. rows]);
    }

    /// <summary>
    /// A row per team (its own targets, named "Team target") and per rep under it, the targets of the
    /// three measures, then for a team the sum of its reps' targets, as the admin grid shows them.
    /// </summary>
    public static ChartTable Sheet(TargetSheet sheet, IStringLocalizer text)
    {
        var names = TargetMeasures.All.Select(m => MeasureName(m, sheet.BaseCurrency, text)).ToList();
        List<string> header =
        [
            text["Export.Team"], text["Export.Name"], .. names,
            .. names.Select(name => string.Format(text["Export.RepSum"], name)),
        ];
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var team in sheet.Teams)
        {
            var sums = TargetMeasures.All.Select(m => team.Team is null ? None
                : Target(m, TargetRollup.Team(null, team.Reps.Select(r => r.Cell(m).Value)), sheet.BaseCurrency));
            rows.Add(
            [
                TableCell.Text(team.TeamName), TableCell.Text(team.Team is null ? "" : text["Grid.TeamRow"]),
                .. TargetMeasures.All.Select(m => Target(m, team.Team?.Cell(m).Value, sheet.BaseCurrency)), .. sums,
            ]);
            rows.AddRange(team.Reps.Select(rep => (IReadOnlyList<TableCell>)
            [
                TableCell.Text(team.TeamName), TableCell.Text(rep.Name),
                .. TargetMeasures.All.Select(m => Target(m, rep.Cell(m).Value, sheet.BaseCurrency)),
                .. TargetMeasures.All.Select(_ => None),
            ]));
        }

        return new ChartTable(string.Format(text["Export.Targets"], sheet.PeriodKey), header, rows);
    }

    private static IEnumerable<TableCell> Progress(MeasureAttainment measure, string currency, IStringLocalizer text)
    {
        var amount = measure.Measure == TargetMeasure.WonAmount;
        TableCell Figure(long value) => amount ? Amount(value, currency) : TableCell.Integer(value);

        yield return Figure(measure.Actual);
        var progress = measure.Progress;
        yield return progress is null ? None : Figure(progress.Target);
        yield return progress?.Attainment is { } share ? Share(share) : None;
        yield return progress is null ? None : Figure(progress.Gap);
        yield return progress is null ? None
            : TableCell.Text(text[progress.IsOnPace ? "Attainment.OnPace" : "Attainment.Behind"]);
        if (amount)
        {
            yield return progress?.Coverage is { } coverage
                ? TableCell.Decimal(Math.Round(coverage, 4), coverage.ToString("0.00", CultureInfo.CurrentCulture))
                : None;
        }
    }

    private static TableCell Target(TargetMeasure measure, long? value, string currency) =>
        value is not { } figure ? None
        : measure == TargetMeasure.WonAmount ? Amount(figure, currency)
        : TableCell.Integer(figure);

    private static string MeasureName(TargetMeasure measure, string currency, IStringLocalizer text) =>
        measure == TargetMeasure.WonAmount
            ? string.Format(text["Measure.WonAmountIn"], currency)
            : text[$"Measure.{measure}"];

    private static TableCell Amount(long minorUnits, string currency) =>
        TableCell.Money(minorUnits, MoneyText.Whole(new Money(minorUnits, currency)));

    private static TableCell Share(decimal share) =>
        TableCell.Decimal(Math.Round(share, 4), share.ToString("P1", CultureInfo.CurrentCulture));

    // On screen a dash says "none"; the file gets an empty cell.
    private static TableCell Missing() => new("—", ExportCell.Empty);
}
